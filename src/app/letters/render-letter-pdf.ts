import { printable, renderPdf, writePageFooters } from '../pdf/pdf-document.ts';
import type { LetterBlock, LetterDocument, LetterField } from './letter-document.ts';

const MARGIN = 64;
const GREY = '#555555';
const BULLET_INDENT = 14;

/**
 * A letter on US Letter paper. Standard PDF fonts only (nothing loaded from disk, nothing
 * embedded), so a letter renders in milliseconds inside the decision's transaction.
 */
export function renderLetterPdf(letter: LetterDocument, createdAt: Date): Promise<Buffer> {
  const info = { Title: printable(letter.footer), Author: 'Priora', Creator: 'Priora', CreationDate: createdAt };
  return renderPdf({ margin: MARGIN, bufferPages: true, info }, (pdf) => {

    const left = pdf.page.margins.left;
    const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
    const write = (text: string, options: { font?: string; size?: number; color?: string; indent?: number; gap?: number } = {}) => {
      const { font = 'Helvetica', size = 10, color = 'black', indent = 0, gap = 0 } = options;
      pdf
        .font(font)
        .fontSize(size)
        .fillColor(color)
        .text(printable(text), left + indent, pdf.y, { width: width - indent, paragraphGap: gap });
      pdf.fillColor('black');
    };
    const fields = (rows: readonly LetterField[]) => {
      for (const row of rows) {
        pdf.font('Helvetica-Bold').fontSize(10).text(printable(`${row.label}: `), left, pdf.y, { width, continued: true }).font('Helvetica').text(printable(row.value));
      }
    };
    const block = (entry: LetterBlock) => {
      switch (entry.kind) {
        case 'heading':
          pdf.moveDown(0.6);
          // Keep a heading with at least two lines of what follows it.
          if (pdf.y + 40 > pdf.page.height - pdf.page.margins.bottom) {
            pdf.addPage();
          }
          write(entry.text, { font: 'Helvetica-Bold', size: 11, gap: 2 });
          return;
        case 'paragraph':
          write(entry.text, { gap: 4 });
          return;
        case 'bullets':
          for (const item of entry.items) {
            const y = pdf.y;
            pdf.font('Helvetica').fontSize(10).text('\u2022', left + 2, y, { lineBreak: false });
            pdf.y = y;
            write(item, { indent: BULLET_INDENT, gap: 3 });
          }
          pdf.moveDown(0.3);
          return;
        case 'fields':
          pdf.moveDown(0.3);
          fields(entry.rows);
          return;
      }
    };

    // Letterhead: the plan's name, then whose review this is.
    write(letter.planName, { font: 'Helvetica-Bold', size: 16 });
    for (const line of letter.letterhead) {
      write(line, { size: 9, color: GREY });
    }
    pdf.moveDown(0.4);
    pdf
      .lineWidth(0.8)
      .moveTo(left, pdf.y)
      .lineTo(left + width, pdf.y)
      .stroke();
    pdf.moveDown(0.8);
    write(letter.date);
    pdf.moveDown(0.8);
    for (const line of letter.addressee) {
      write(line);
    }
    pdf.moveDown(1);
    write(letter.title, { font: 'Helvetica-Bold', size: 14, gap: 4 });
    fields(letter.regarding);
    pdf.moveDown(0.8);
    for (const paragraph of letter.opening) {
      write(paragraph, { gap: 4 });
    }
    letter.body.forEach(block);
    pdf.moveDown(1);
    for (const paragraph of letter.contact) {
      write(paragraph, { gap: 4 });
    }
    pdf.moveDown(0.6);
    for (const line of letter.signature) {
      write(line);
    }

    writePageFooters(pdf, MARGIN, (page, pages) => `${letter.footer} · Page ${page} of ${pages}`);
  });
}
