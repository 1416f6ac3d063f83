/**
 * What a person typed into a code picker, understood before any SQL is written.
 * A code ("E11.9", "e119", "K0823", "S83.512A") is matched by prefix; anything else is
 * treated as words of the description ("diab mell"), each matched as a word prefix.
 */
export type CodeQuery = { kind: 'code'; prefix: string } | { kind: 'words'; words: string[] };

export type CodeSystem = 'ICD10CM' | 'HCPCS';

/**
 * A letter, an optional second letter (FY2026 added ICD-10-CM codes such as QA00101), a
 * digit, then letters and digits, with at most one dot anywhere after the first character:
 * "E11", "E11.", "e11.9", "S83.512A", "K0823", "QA001". Seven characters without the dot is
 * the longest ICD-10-CM code.
 */
const codePattern = /^[a-z][a-z]?\d[0-9a-z]*$/i;

/** Enough for any sensible description search; more words only slow the query down. */
const maxWords = 8;
const maxWordLength = 40;

export function parseCodeQuery(input: string): CodeQuery {
  const trimmed = input.trim();
  const withoutDot = trimmed.replace(/^([^.]+)\.([^.]*)$/, '$1$2');
  if (withoutDot.length <= 7 && codePattern.test(withoutDot)) {
    return { kind: 'code', prefix: withoutDot.toUpperCase() };
  }
  return { kind: 'words', words: descriptionWords(trimmed) };
}

/**
 * Splits on anything that is not a letter or digit. The result can hold nothing but letters
 * and digits, so no word can carry a tsquery operator (& | ! : * ( ) <->) or a quote.
 */
export function descriptionWords(input: string): string[] {
  return input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, maxWords)
    .map((word) => word.slice(0, maxWordLength));
}

/** ['diab', 'mell'] → "diab:* & mell:*", for to_tsquery('simple', …) as a bound parameter. */
export function prefixTsQuery(words: readonly string[]): string {
  return words.map((word) => `${word}:*`).join(' & ');
}

/** ICD-10-CM codes are stored without the dot and shown with it after the third character. */
export function displayCode(system: CodeSystem, code: string): string {
  if (system === 'ICD10CM' && code.length > 3) {
    return `${code.slice(0, 3)}.${code.slice(3)}`;
  }
  return code;
}
