/**
 * A letter as content, before it is laid out on paper: what the PDF shows, in order. Tests and
 * the PDF renderer read the same model, so a letter's wording is checked without parsing a PDF.
 */

export type LetterBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'fields'; rows: LetterField[] };

export interface LetterField {
  label: string;
  value: string;
}

export interface LetterDocument {
  /** Which template (and version) wrote it: "denial/HPP@1". */
  templateId: string;
  title: string;
  planName: string;
  letterhead: string[];
  /** The letter's date, in the plan's time zone. */
  date: string;
  addressee: string[];
  /** "Re:": member, date of birth, member ID, case and authorization numbers, service. */
  regarding: LetterField[];
  opening: string[];
  body: LetterBlock[];
  contact: string[];
  signature: string[];
  /** Printed at the foot of every page, with the page number. */
  footer: string;
}

/** Every line of text the letter shows, in order (for tests and for checking the wording). */
export function letterText(document: LetterDocument): string {
  const blockText = (block: LetterBlock): string[] => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return [block.text];
      case 'bullets':
        return block.items;
      case 'fields':
        return block.rows.map((row) => `${row.label}: ${row.value}`);
    }
  };
  return [
    document.planName,
    ...document.letterhead,
    document.date,
    ...document.addressee,
    document.title,
    ...document.regarding.map((row) => `${row.label}: ${row.value}`),
    ...document.opening,
    ...document.body.flatMap(blockText),
    ...document.contact,
    ...document.signature,
  ].join('\n');
}
