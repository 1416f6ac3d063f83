/**
 * RFC 4180 CSV: fields with a comma, a quote, a line break or edge spaces are quoted, quotes
 * doubled, lines end with CRLF. A field that a spreadsheet would run as a formula (= + - @ or a
 * leading tab or carriage return) is written with a leading apostrophe, so opening the file
 * never runs anything (OWASP "CSV injection").
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file, with a UTF-8 byte-order mark so that spreadsheet programs read accents and quotes right. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
