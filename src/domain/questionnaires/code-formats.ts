import type { CodeSystem } from './questionnaire-types.ts';

/**
 * The shape of a code in each system. This checks format only; whether the code exists is a
 * look-up in the code sets, which the case service does (the domain has no database).
 */
const formats: Record<CodeSystem, { pattern: RegExp; hint: string }> = {
  // A letter, two more letters or digits, then up to four after an optional dot (FY2026 adds codes like QA00101).
  ICD10CM: { pattern: /^[A-Z][A-Z0-9]{2}(\.?[A-Z0-9]{1,4})?$/, hint: 'an ICD-10-CM code such as M54.16' },
  // Level II: one letter A–V and four digits.
  HCPCS: { pattern: /^[A-V]\d{4}$/, hint: 'an HCPCS code: one letter and four digits, such as E0260' },
  // Five characters: four digits, then a digit (Category I) or F, T or U (Categories II, III, PLA).
  CPT: { pattern: /^\d{4}[0-9FTU]$/, hint: 'a five-character CPT number such as 62323' },
  // Catalogue codes: CPT numbers, HCPCS codes and program codes such as SPINE or RCBREA.
  PROCEDURE: { pattern: /^[A-Z0-9]{2,10}$/, hint: 'a procedure code from the program’s list' },
};

export function codeFormatProblem(system: CodeSystem, code: string): string | undefined {
  const format = formats[system];
  return format.pattern.test(code.toUpperCase()) ? undefined : `“${code}” is not ${format.hint}.`;
}
