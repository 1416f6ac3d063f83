import { printable, renderPdf, writePageFooters } from '../pdf/pdf-document.ts';
import type { Questionnaire, QuestionnaireItem } from '../../domain/questionnaires/questionnaire-types.ts';
import { codeSystemName, worksheetEntries } from './worksheet-text.ts';

export interface WorksheetHeading {
  programName: string;
  printedAt: Date;
}

const MARGIN = 54;
const INDENT = 16;
const BOX = 8;
const GREY = '#555555';

/** A Clinical worksheet: the questionnaire on paper, to gather answers before requesting online. */
export function renderWorksheetPdf(questionnaire: Questionnaire, heading: WorksheetHeading): Promise<Buffer> {
  const info = {
    Title: `${questionnaire.title} worksheet, version ${questionnaire.version}`,
    Subject: `Priora clinical worksheet, ${heading.programName}`,
    Creator: 'Priora',
    CreationDate: heading.printedAt,
  };
  return renderPdf({ margin: MARGIN, bufferPages: true, info }, (pdf) => {

    const left = pdf.page.margins.left;
    const fullWidth = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
    const bottom = () => pdf.page.height - pdf.page.margins.bottom;
    /** Starts a new page when less than `height` points are left. */
    const keepRoom = (height: number) => {
      if (pdf.y + height > bottom()) {
        pdf.addPage();
      }
    };
    const write = (text: string, x: number, options: PDFKit.Mixins.TextOptions & { font?: string; size?: number; color?: string } = {}) => {
      const { font = 'Helvetica', size = 10, color = 'black', ...rest } = options;
      pdf
        .font(font)
        .fontSize(size)
        .fillColor(color)
        .text(printable(text), x, pdf.y, { width: fullWidth - (x - left), ...rest });
      pdf.fillColor('black');
    };
    /** A check box followed by its label. */
    const checkbox = (label: string, x: number) => {
      // The whole label stays on one page with its box: a label that flowed onto the next page
      // would leave its box behind.
      pdf.font('Helvetica').fontSize(10);
      keepRoom(Math.max(pdf.heightOfString(printable(label), { width: fullWidth - (x + BOX + 6 - left) }), BOX) + 4);
      const y = pdf.y;
      pdf.lineWidth(0.8).rect(x, y + 1, BOX, BOX).stroke();
      write(label, x + BOX + 6, {});
      pdf.y = Math.max(pdf.y, y + BOX + 3);
    };
    const blank = (label: string, x: number, width = 220) => {
      keepRoom(20);
      pdf.moveDown(0.3);
      const y = pdf.y;
      pdf.font('Helvetica').fontSize(10).text(printable(label), x, y, { lineBreak: false });
      const start = x + pdf.widthOfString(printable(label)) + 6;
      pdf
        .lineWidth(0.6)
        .moveTo(start, y + 10)
        .lineTo(Math.min(start + width, left + fullWidth), y + 10)
        .stroke();
      pdf.x = left;
      pdf.y = y + 16;
    };

    // Heading: what this is, which version, which program.
    write('Priora clinical worksheet', left, { size: 9, color: GREY });
    write(questionnaire.title, left, { font: 'Helvetica-Bold', size: 18 });
    pdf.moveDown(0.2);
    write(`Version ${questionnaire.version}    Program: ${heading.programName} (${questionnaire.programCode})`, left, { size: 11 });
    write(`Asked for procedure code${questionnaire.procedureCodes.length === 1 ? '' : 's'}: ${questionnaire.procedureCodes.join(', ')}`, left, { size: 10 });
    pdf.moveDown(0.5);
    write(
      'Use this worksheet to gather the answers before you request the authorization in Priora. The request asks the same questions; ' +
        'some are asked only after certain answers, as noted under them. A worksheet is not a request: keep it with your records, ' +
        'and enter the answers online (or give them when you call).',
      left,
      { size: 9, color: GREY },
    );
    pdf.moveDown(0.4);
    pdf
      .lineWidth(1)
      .moveTo(left, pdf.y)
      .lineTo(left + fullWidth, pdf.y)
      .stroke();
    pdf.moveDown(0.6);

    for (const entry of worksheetEntries(questionnaire)) {
      const x = left + entry.depth * INDENT;
      if (entry.kind === 'section') {
        keepRoom(70);
        pdf.moveDown(0.4);
        write(entry.item.text, x, { font: 'Helvetica-Bold', size: 12 });
        if (entry.condition) {
          write(entry.condition, x, { font: 'Helvetica-Oblique', size: 9, color: GREY });
        }
        if (entry.repeatNote) {
          write(entry.repeatNote, x, { font: 'Helvetica-Bold', size: 9, color: GREY });
        }
        if (entry.item.help) {
          write(entry.item.help, x, { size: 9, color: GREY });
        }
        pdf.moveDown(0.3);
        continue;
      }
      const { item } = entry;
      keepRoom(60);
      write(`${entry.number}. ${item.text}`, x, { font: 'Helvetica-Bold', size: 10 });
      const notes = [item.required ? 'Required.' : 'Optional.', entry.perEntry ? 'Answer for each entry.' : undefined].filter(Boolean).join(' ');
      write(notes, x + INDENT, { size: 8, color: GREY });
      if (entry.condition) {
        write(entry.condition, x + INDENT, { font: 'Helvetica-Oblique', size: 9, color: GREY });
      }
      if (item.help) {
        write(`Help: ${item.help}`, x + INDENT, { size: 9, color: GREY });
      }
      pdf.moveDown(0.2);
      answerSpace(item, x + INDENT);
      pdf.moveDown(0.6);
    }

    function answerSpace(item: QuestionnaireItem, x: number): void {
      const options = item.answerOption ?? [];
      switch (item.type) {
        case 'boolean':
          checkbox('Yes', x);
          checkbox('No', x);
          return;
        case 'choice':
        case 'open-choice':
        case 'code':
          if (options.length > 0) {
            write(item.repeats ? 'Check all that apply.' : 'Check one.', x, { size: 8, color: GREY });
            for (const option of options) {
              checkbox(option.exclusive && item.repeats ? `${option.display} (only on its own)` : option.display, x);
            }
            if (item.type === 'open-choice') {
              blank('Other:', x);
            }
            return;
          }
          if (item.type === 'code') {
            blank(`${codeSystemName(item.codeSystem)}${item.repeats ? 's' : ''}:`, x, 160);
            return;
          }
          blank('Answer:', x);
          return;
        case 'integer':
        case 'decimal': {
          const range =
            item.min !== undefined && item.max !== undefined
              ? ` (${item.type === 'integer' ? 'a whole number ' : ''}from ${item.min} to ${item.max})`
              : item.type === 'integer'
                ? ' (a whole number)'
                : '';
          blank(`Answer${range}:`, x, 120);
          return;
        }
        case 'date':
          blank('Date (MM/DD/YYYY):', x, 120);
          return;
        case 'string':
          blank('Answer:', x, 300);
          return;
        case 'text':
          blank('Answer:', x, 360);
          blank('', x, 400);
          blank('', x, 400);
          return;
        case 'group':
          return;
      }
    }

    writePageFooters(
      pdf,
      MARGIN,
      (page, pages) => `${questionnaire.title}, version ${questionnaire.version} · ${heading.programName} · Priora clinical worksheet · Page ${page} of ${pages}`,
    );
  });
}
