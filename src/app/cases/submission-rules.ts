import { criteriaFor } from '../../content/criteria/criteria-registry.ts';
import type { CriteriaEvaluation } from '../../domain/criteria/evaluate-criteria.ts';
import { evaluateCriteria } from '../../domain/criteria/evaluate-criteria.ts';
import { approvedLines } from '../../domain/criteria/approved-lines.ts';
import type { ServiceLine } from '../../domain/criteria/criteria-types.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import type { AuthorizationKind } from '../../domain/policies/authorization-validity.ts';
import type { PolicyValues } from '../../domain/policies/policy-types.ts';
import { retroWindowStatus } from '../../domain/policies/retro-window.ts';
import type { CaseRow } from './case-view.ts';

/**
 * What submitting a case would decide, without changing anything: the review page shows it
 * before SUBMIT CASE, and submission applies it. The engine approves or refers; it never denies
 * on medical grounds (a retro request past the plan's window is an administrative matter).
 */
export type SubmissionOutlook =
  | { kind: 'administrative_denial'; reason: string }
  | { kind: 'approve'; evaluation: CriteriaEvaluation; lines: readonly ServiceLine[] }
  | { kind: 'refer'; evaluation: CriteriaEvaluation | null; reason: string };

export function submissionOutlook(row: CaseRow, questionnaire: Questionnaire | undefined, policy: PolicyValues, now: Date): SubmissionOutlook {
  if (row.retrospective && row.dateOfService) {
    const retro = retroWindowStatus(policy, row.dateOfService, now);
    if (retro.status === 'past' && retro.outcome === 'administrative_denial') {
      return {
        kind: 'administrative_denial',
        reason: `The service was performed on ${row.dateOfService}; this plan accepts retrospective requests only through ${retro.lastAllowedDate}.`,
      };
    }
  }
  if (!questionnaire) {
    return { kind: 'refer', evaluation: null, reason: 'This procedure is reviewed by a clinician with the documents you provide.' };
  }
  const criteria = criteriaFor(questionnaire);
  if (!criteria || !row.dateOfService || !row.procedureCode) {
    return { kind: 'refer', evaluation: null, reason: 'This request is reviewed by a clinician.' };
  }
  const context = { questionnaire, dateOfService: row.dateOfService, procedureCode: row.procedureCode };
  const evaluation = evaluateCriteria(criteria, (row.answers ?? {}) as Answers, context);
  if (evaluation.result === 'met') {
    return { kind: 'approve', evaluation, lines: approvedLines(criteria, (row.answers ?? {}) as Answers, context) };
  }
  return { kind: 'refer', evaluation, reason: 'The answers do not show that every guideline criterion is met, so a clinician will review the request.' };
}

export type Acquisition = 'purchase' | 'daily_rental' | 'monthly_rental';

/** The DME content says "purchase" or "rental" (by the month); older wording may be explicit. */
export function acquisitionOf(line: ServiceLine): Acquisition | null {
  const acquisition: string = line.acquisition ?? 'none';
  switch (acquisition) {
    case 'purchase':
      return 'purchase';
    case 'rental':
    case 'monthly_rental':
      return 'monthly_rental';
    case 'daily_rental':
      return 'daily_rental';
    default:
      return null;
  }
}

/** Which validity rule applies to what was approved (DME purchases and rentals differ, C5). */
export function validityKind(lines: readonly ServiceLine[]): { kind: AuthorizationKind; rentalMonths?: number } {
  const monthly = lines.filter((line) => acquisitionOf(line) === 'monthly_rental');
  if (monthly.length > 0) {
    return { kind: 'dme_monthly_rental', rentalMonths: Math.max(...monthly.map((line) => line.rentalMonths ?? 1)) };
  }
  if (lines.some((line) => acquisitionOf(line) === 'daily_rental')) {
    return { kind: 'dme_daily_rental' };
  }
  if (lines.some((line) => acquisitionOf(line) === 'purchase')) {
    return { kind: 'dme_purchase' };
  }
  return { kind: 'standard' };
}
