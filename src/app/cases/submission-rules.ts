import { criteriaFor } from '../../content/criteria/criteria-registry.ts';
import { citing } from '../../content/criteria/guideline-citations.ts';
import { interventionalPainProcedureCodes } from '../../content/questionnaires/pain-procedure-codes.ts';
import type { CriteriaEvaluation, CriterionOutcome } from '../../domain/criteria/evaluate-criteria.ts';
import { dateInZone } from '../../domain/calendar/time-zone.ts';
import { dateAfter } from '../../domain/policies/day-counts.ts';
import { pruneHidden } from '../../domain/questionnaires/visibility.ts';
import { evaluateCriteria } from '../../domain/criteria/evaluate-criteria.ts';
import { approvedLines } from '../../domain/criteria/approved-lines.ts';
import type { ServiceLine } from '../../domain/criteria/criteria-types.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import type { AuthorizationKind } from '../../domain/policies/authorization-validity.ts';
import type { PolicyValues } from '../../domain/policies/policy-types.ts';
import { retroWindowStatus } from '../../domain/policies/retro-window.ts';
import type { CaseRow } from './case-view.ts';
import type { GuidelineAlternative, SubmissionResult } from '../../contracts/cases.ts';
import { alternativesFor, type OfferedAlternative } from '../../domain/criteria/alternatives.ts';
import type { MemberFacts } from './member-history.ts';

/**
 * What submitting a case would decide, without changing anything: the review page shows it
 * before SUBMIT CASE, and submission applies it. The engine approves or refers; it never denies
 * on medical grounds (a retro request past the plan's window is an administrative matter).
 */
export type SubmissionOutlook =
  | { kind: 'administrative_denial'; reason: string }
  | { kind: 'approve'; evaluation: CriteriaEvaluation; lines: readonly ServiceLine[] }
  | { kind: 'refer'; evaluation: CriteriaEvaluation | null; reason: string; alternatives?: readonly OfferedAlternative[] };

/**
 * `facts` are what Priora knows about the member from earlier requests (member-history.ts): the
 * history that frequency criteria read, and other pain requests on the same date. Without them
 * those checks are unknown, so the case goes to a reviewer rather than being approved.
 */
export function submissionOutlook(row: CaseRow, questionnaire: Questionnaire | undefined, policy: PolicyValues, now: Date, facts: MemberFacts = {}): SubmissionOutlook {
  if (row.retrospective && row.dateOfService) {
    const retro = retroWindowStatus(policy, row.dateOfService, now);
    if (retro.status === 'past' && retro.outcome === 'administrative_denial') {
      return {
        kind: 'administrative_denial',
        reason: `The service was performed on ${row.dateOfService}; this plan accepts retrospective requests only through ${retro.lastAllowedDate}.`,
      };
    }
  }
  const checks = planPolicyChecks(row, questionnaire, policy, now, facts);
  if (!questionnaire) {
    const failed = checks.find((check) => check.result !== 'met');
    return { kind: 'refer', evaluation: null, reason: failed ? `${failed.reason}.` : 'This procedure is reviewed by a clinician with the documents you provide.' };
  }
  const criteria = criteriaFor(questionnaire);
  if (!criteria || !row.dateOfService || !row.procedureCode) {
    return { kind: 'refer', evaluation: null, reason: 'This request is reviewed by a clinician.' };
  }
  const context = { questionnaire, dateOfService: row.dateOfService, procedureCode: row.procedureCode, history: facts.history };
  const answered = evaluateCriteria(criteria, (row.answers ?? {}) as Answers, context);
  const evaluation = withChecks(answered, checks);
  if (evaluation.result === 'met') {
    return { kind: 'approve', evaluation, lines: approvedLines(criteria, (row.answers ?? {}) as Answers, context) };
  }
  const failed = checks.find((check) => check.result !== 'met');
  if (answered.result === 'met' && failed) {
    return { kind: 'refer', evaluation, reason: `The answers meet the guideline criteria, but: ${failed.reason}. A clinician will review the request.` };
  }
  const alternatives = alternativesFor(criteria, (row.answers ?? {}) as Answers, context);
  return { kind: 'refer', evaluation, reason: 'The answers do not show that every guideline criterion is met, so a clinician will review the request.', alternatives };
}

/**
 * A service line as the submission result shows it (an approved line, a line of an alternative):
 * code, description and units, and phase, technique and fractions only where the line has them.
 */
export function serviceLineView(line: ServiceLine): GuidelineAlternative['lines'][number] {
  return {
    code: line.code,
    description: line.description,
    units: line.units,
    ...(line.phase ? { phase: line.phase } : {}),
    ...(line.technique ? { technique: line.technique } : {}),
    ...(line.fractions ? { fractions: line.fractions } : {}),
  };
}

/** The criteria and alternatives of an outlook as the review page, the summary and the API show them. */
export function outlookView(outlook: SubmissionOutlook): Pick<SubmissionResult, 'criteria'> & { alternatives: GuidelineAlternative[] } {
  const evaluation = outlook.kind === 'administrative_denial' ? null : outlook.evaluation;
  const cited = (citation: { guideline: string; version: string; section: string }) => ({ guideline: citation.guideline, version: citation.version, section: citation.section });
  return {
    criteria: (evaluation?.outcomes ?? []).map((outcome) => ({ id: outcome.id, text: outcome.text, result: outcome.result, reason: outcome.reason, ...cited(outcome.citation) })),
    alternatives: (outlook.kind === 'refer' ? (outlook.alternatives ?? []) : []).map((alternative) => ({
      id: alternative.id,
      text: alternative.text,
      reason: alternative.reason,
      ...cited(alternative.citation),
      lines: alternative.lines.map(serviceLineView),
    })),
  };
}

const dayUnitWords = { calendar_days: 'calendar days', business_days: 'business days' } as const;

/**
 * The plan's rules that read the request rather than the clinical answers (PRODUCT.md section 4),
 * reported like criteria so the review page and the summary show them with the guideline they
 * come from: the lead time of elective spine surgery, and one interventional pain authorization
 * per date of service. Neither denies: a request that does not meet them goes to a clinician.
 */
export function planPolicyChecks(row: CaseRow, questionnaire: Questionnaire | undefined, policy: PolicyValues, now: Date, facts: MemberFacts): CriterionOutcome[] {
  const checks: CriterionOutcome[] = [];
  const dateOfService = row.dateOfService;
  const leadTime = policy.electiveSpineSurgeryLeadTime;
  if (row.programCode === 'MSK' && row.procedureCode === 'SPINE' && leadTime && dateOfService) {
    const today = dateInZone(now, policy.holidayCalendar.timeZone);
    const earliest = dateAfter(today, leadTime, policy.holidayCalendar);
    const answers = questionnaire ? pruneHidden(questionnaire, (row.answers ?? {}) as Answers) : {};
    const urgent = row.urgency === 'urgent' || answers['urgent-surgery'] === true;
    const elective = !urgent && row.retrospective !== true;
    const met = !elective || dateOfService >= earliest;
    checks.push({
      id: 'request-lead-time',
      text: `Elective spine surgery is requested at least ${leadTime.amount} ${dayUnitWords[leadTime.unit]} before the surgery date.`,
      citation: citing('spineSurgery2')('1.2'),
      required: true,
      applies: elective,
      result: met ? 'met' : 'not_met',
      reason: !elective
        ? `Does not apply: ${urgent ? 'urgent surgery' : 'the surgery was already performed'}`
        : met
          ? `Requested on ${today} for surgery on ${dateOfService}`
          : `Requested on ${today} for elective surgery on ${dateOfService}, less than ${leadTime.amount} ${dayUnitWords[leadTime.unit]} ahead; needed a surgery date on or after ${earliest}`,
    });
  }
  if (policy.interventionalPainAuthorizationPerDateOfService && row.programCode === 'MSK' && row.procedureCode && interventionalPainProcedureCodes.includes(row.procedureCode) && dateOfService) {
    const others = facts.samePainDateCases;
    checks.push({
      id: 'one-authorization-per-date-of-service',
      text: 'Interventional pain: one authorization per date of service, so no other pain request for the member on the same date.',
      citation: citing('interventionalPain2')('1.2'),
      required: true,
      applies: true,
      result: others === undefined ? 'unknown' : others.length === 0 ? 'met' : 'not_met',
      reason:
        others === undefined
          ? 'Other pain requests for the member on this date could not be checked'
          : others.length === 0
            ? `No other interventional pain request for the member on ${dateOfService}`
            : `${others.length === 1 ? 'Case' : 'Cases'} ${others.join(', ')} already ${others.length === 1 ? 'requests' : 'request'} interventional pain for this member on ${dateOfService}; one authorization per date of service`,
    });
  }
  return checks;
}

/** The criteria's evaluation with the plan's checks added: met only when both are. */
function withChecks(evaluation: CriteriaEvaluation, checks: readonly CriterionOutcome[]): CriteriaEvaluation {
  if (checks.length === 0) {
    return evaluation;
  }
  const outcomes = [...evaluation.outcomes, ...checks];
  const required = outcomes.filter((outcome) => outcome.required);
  const result = required.some((outcome) => outcome.result === 'not_met') ? 'not_met' : required.some((outcome) => outcome.result === 'unknown') ? 'unknown' : 'met';
  return { ...evaluation, result, outcomes, openCriteria: required.filter((outcome) => outcome.result !== 'met').map((outcome) => outcome.id) };
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
