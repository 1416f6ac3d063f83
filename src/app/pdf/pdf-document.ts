import PDFDocument from 'pdfkit';

type Pdf = InstanceType<typeof PDFDocument>;

/**
 * The standard PDF fonts write Windows-1252 only; anything outside it (a future "≥" in content)
 * is spelled out rather than printed as a wrong glyph.
 */
export function printable(text: string): string {
  return text
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/[^\t\n\u0020-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');
}

/**
 * A PDF on US Letter paper with the standard fonts only (nothing loaded from disk or the
 * network): `draw` writes the pages, and the bytes come back once the document ends.
 */
export function renderPdf(options: { margin: number; info: PDFKit.DocumentInfo; bufferPages?: boolean }, draw: (pdf: Pdf) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'LETTER', margin: options.margin, bufferPages: options.bufferPages ?? false, info: options.info });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    draw(pdf);
    pdf.end();
  });
}

/**
 * A grey line at the foot of every page (the document must buffer its pages). Writing below the
 * bottom margin would start a new page, so the margin is lifted while the footer is written.
 */
export function writePageFooters(pdf: Pdf, margin: number, footer: (page: number, pages: number) => string): void {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    const savedBottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(printable(footer(index - range.start + 1, range.count)), left, pdf.page.height - margin / 2 - 8, { width, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = savedBottom;
  }
  pdf.fillColor('black');
}
