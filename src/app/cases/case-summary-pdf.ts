import { renderPdf } from '../pdf/pdf-document.ts';
import type { CaseDetail } from '../../contracts/cases.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { AppContext } from '../context.ts';
import { getCaseDetail } from './lookups.ts';
import { displayCode } from '../../domain/reference/code-query.ts';

const statusText: Record<string, string> = {
  approved: 'Approved',
  partially_approved: 'Partially approved',
  pending_clinical_review: 'Sent to clinical review',
  pending_medical_review: 'Sent to medical review',
  additional_information_received: 'Additional information received, pending medical director review',
  on_hold: 'On hold: information requested',
  denied: 'Denied',
  administratively_denied: 'Administratively denied',
  withdrawn: 'Withdrawn',
  cancelled: 'Cancelled',
  expired: 'Expired',
  in_progress: 'In progress (not submitted)',
};

function render(detail: CaseDetail, printedAt: Date): Promise<Buffer> {
  return renderPdf({ margin: 54, info: { Title: `Priora case ${detail.caseNumber ?? detail.id}`, Creator: 'Priora' } }, (pdf) => {

    const field = (label: string, value: string | null | undefined) => {
      pdf.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true }).font('Helvetica').text(value ?? '—');
    };
    pdf.font('Helvetica-Bold').fontSize(16).text('Authorization request summary');
    pdf.moveDown(0.3).font('Helvetica').fontSize(9).fillColor('#555').text(`Printed ${printedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC from Priora. Contains protected health information.`).fillColor('black');
    pdf.moveDown();
    field('Status', statusText[detail.status] ?? detail.status);
    field('Case number', detail.caseNumber);
    field('Authorization number', detail.authorizationNumber);
    field('Program', detail.programName);
    field('Health plan', detail.planName ? `${detail.planName}${detail.lineOfBusiness ? ` (${detail.lineOfBusiness})` : ''}` : null);
    field('Member', detail.member ? `${detail.member.name}, patient ID ${detail.member.patientId}, born ${detail.member.dateOfBirth}` : null);
    field('Ordering provider', detail.orderingProvider ? `${detail.orderingProvider.name}, NPI ${detail.orderingProvider.npi}` : null);
    field('Site of service', detail.site ? `${detail.site.name}, ${detail.site.address}, ${detail.site.city}, ${detail.site.state} ${detail.site.zip}` : null);
    field('Date of service', detail.dateOfService);
    field('Submitted', detail.submittedAt?.slice(0, 10));
    field('Valid', detail.validFrom && detail.validTo ? `${detail.validFrom} through ${detail.validTo}` : null);
    field('Urgency', detail.urgency);
    pdf.moveDown();
    pdf.font('Helvetica-Bold').fontSize(12).text('Diagnoses');
    for (const diagnosis of detail.diagnoses) {
      pdf.font('Helvetica').fontSize(10).text(`${diagnosis.rank === 'primary' ? 'Primary' : 'Secondary'}: ${displayCode('ICD10CM', diagnosis.code)} ${diagnosis.description}`);
    }
    pdf.moveDown();
    pdf.font('Helvetica-Bold').fontSize(12).text('Procedures');
    for (const line of detail.procedures) {
      const radiation = line.phase ? ` — ${line.phase}${line.technique ? `, ${line.technique}` : ''}${line.fractionsApproved ?? line.fractionsRequested ? `, ${line.fractionsApproved ?? line.fractionsRequested} fractions` : ''}` : '';
      pdf
        .font('Helvetica')
        .fontSize(10)
        .text(`${line.lineNumber}. ${line.code} ${line.description}${radiation}. Requested ${line.unitsRequested}, approved ${line.unitsApproved ?? '—'}. ${line.status}.`);
    }
    if (detail.documents.length > 0) {
      pdf.moveDown();
      pdf.font('Helvetica-Bold').fontSize(12).text('Clinical documents');
      for (const document of detail.documents) {
        pdf.font('Helvetica').fontSize(10).text(`${document.displayName} (${document.purpose.replace('_', ' ')}, ${document.uploadedAt.slice(0, 10)})`);
      }
    }
  });
}

/** PRINT on the summary and the lookup detail: a PDF of the case (an audited read, through getCaseDetail). */
export async function caseSummaryPdf(ctx: AppContext, actor: Actor, caseId: string): Promise<{ fileName: string; pdf: Buffer }> {
  const detail = await getCaseDetail(ctx, actor, caseId);
  return { fileName: `priora-case-${detail.caseNumber ?? 'draft'}.pdf`, pdf: await render(detail, ctx.clock.now()) };
}
