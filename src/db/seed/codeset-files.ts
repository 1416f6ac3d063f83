import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The repository's own copy of the code sets (see src/content/codesets/SOURCES.md). */
export const codesetFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/codesets');

export type CodesetRow<Header extends readonly string[]> = Record<Header[number], string>;

/**
 * Reads one tab-separated code-set file (gzipped when the name ends in .gz) into records.
 * The header must match exactly: if a refreshed file changes its columns we want a loud
 * failure at load time, not codes silently filed under the wrong column.
 */
export function readCodeset<const Header extends readonly string[]>(fileName: string, header: Header): CodesetRow<Header>[] {
  const raw = readFileSync(path.join(codesetFolder, fileName));
  const text = (fileName.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const lines = text.split('\n');
  const actualHeader = lines[0]?.split('\t') ?? [];
  if (actualHeader.join('\t') !== header.join('\t')) {
    throw new Error(`${fileName}: expected columns ${header.join(', ')} but found ${actualHeader.join(', ')}`);
  }
  const rows: CodesetRow<Header>[] = [];
  for (let lineNumber = 1; lineNumber < lines.length; lineNumber += 1) {
    const line = lines[lineNumber];
    if (!line) {
      continue;
    }
    const fields = line.split('\t');
    if (fields.length !== header.length) {
      throw new Error(`${fileName} line ${lineNumber + 1}: expected ${header.length} fields, found ${fields.length}`);
    }
    const row = {} as Record<string, string>;
    header.forEach((column, index) => {
      row[column] = fields[index] ?? '';
    });
    rows.push(row as CodesetRow<Header>);
  }
  return rows;
}
