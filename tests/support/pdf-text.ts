import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows: every FlateDecode stream inflated, then the strings of its TJ/Tj
 * operators (pdfkit writes the standard fonts' text as hex strings of Windows-1252 codes), one
 * line per operator.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      content = match[1]!;
    }
    for (const operator of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = operator[1] !== undefined ? [...operator[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => hex[1]!) : [operator[2]!];
      lines.push(new TextDecoder('windows-1252').decode(Buffer.from(hexes.join(''), 'hex')));
    }
  }
  // pdfkit also breaks lines after a hyphen ("twice-" / "daily"): join those without a space.
  return lines.join('\n').replace(/-\n/g, '-');
}

/** The text with every run of white space (line breaks included) as one space, for phrase matching. */
export const squashedPdfText = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ').trim();
