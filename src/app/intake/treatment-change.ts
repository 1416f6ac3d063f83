import { eq } from 'drizzle-orm';
import type { SubmissionResult } from '../../contracts/cases.ts';
import type { TreatmentItem } from '../../contracts/intake.ts';
import type { Transaction } from '../../db/client.ts';
import { caseDiagnoses, cases, caseServiceLines } from '../../db/schema/cases.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { decisionDueAt } from '../../domain/policies/deadlines.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { findItem } from '../../domain/questionnaires/find-item.ts';
import { answerProblems } from '../../domain/questionnaires/progress.ts';
import type { Questionnaire, QuestionnaireItem } from '../../domain/questionnaires/questionnaire-types.ts';
import { validateAnswer } from '../../domain/questionnaires/validate-answer.ts';
import { pruneHidden, visibleItems } from '../../domain/questionnaires/visibility.ts';
import { invalid } from '../../domain/shared/errors.ts';
import type { AppContext } from '../context.ts';
import { notifyStatusChange } from '../cases/case-outcome.ts';
import { policyVersionForCase } from '../cases/case-policy.ts';
import type { CaseRow } from '../cases/case-view.ts';
import { memberFacts } from '../cases/member-history.ts';
import { questionnaireOfCase } from '../cases/questionnaire-step.ts';
import { programProcedure } from '../cases/save-case-step.ts';
import { nextNumber } from '../cases/submit-case.ts';
import { outlookView, submissionOutlook } from '../cases/submission-rules.ts';
import { refreshWorklistColumns } from '../cases/worklist-columns.ts';
import { recordCaseEvent } from '../review/case-events.ts';
import { requestChannel } from './channel.ts';

/**
 * Radiation oncology approves a treatment plan: each phase's technique and number of fractions
 * (seeds 000, 001). A change of either needs a new medical-necessity review on a new case; the
 * original is withdrawn once the new one is approved (seed 000, withdrawSupersededCase).
 */
const RADIATION_PROGRAM = 'RADONC';

/** The questionnaires name these answers technique, fractions, initial-technique, boost-fractions, technique-2 … */
const TREATMENT_LINK_ID = /(^|-)(technique|fractions)(-\d+)?$/;

function isTreatmentQuestion(item: QuestionnaireItem): item is QuestionnaireItem & { type: 'choice' | 'integer' } {
  return TREATMENT_LINK_ID.test(item.linkId) && (item.type === 'choice' || item.type === 'integer') && !item.repeats;
}

/** The technique and fraction questions the case's answers show, each with its answer; none outside radiation oncology. */
export function treatmentItems(row: CaseRow): TreatmentItem[] {
  const questionnaire = row.programCode === RADIATION_PROGRAM ? questionnaireOfCase(row) : undefined;
  if (!questionnaire) {
    return [];
  }
  const answers = (row.answers ?? {}) as Answers;
  return visibleItems(questionnaire, answers)
    // Answers of the case's own map only: repeating groups (one entry per lesion …) are not a plan's phases.
    .filter((entry) => entry.path.length === 1 && isTreatmentQuestion(entry.item))
    .map(({ item }) => {
      const value = answers[item.linkId];
      return {
        linkId: item.linkId,
        label: item.shortText ?? item.text,
        type: item.type as TreatmentItem['type'],
        options: (item.answerOption ?? []).map((option) => ({ value: String(option.value), display: option.display })),
        min: item.min ?? null,
        max: item.max ?? null,
        value: typeof value === 'string' || typeof value === 'number' ? value : null,
      };
    });
}

const shown = (item: TreatmentItem, value: string | number | null) => (value === null ? 'none' : (item.options.find((option) => option.value === value)?.display ?? String(value)));

export interface TreatmentChange {
  questionnaire: Questionnaire;
  answers: Answers;
  /** In words, for the history: "Boost fractions 5 → 8". */
  summary: string;
  /** The changed answers before and after, for the audit trail. */
  before: Record<string, string | number | null>;
  after: Record<string, string | number>;
}

/**
 * Checks the new technique and fraction answers like the clinical questions step does, and that
 * the plan they make needs no answer the case does not have. Field errors are keyed answers.<linkId>.
 */
export function checkTreatmentChange(row: CaseRow, changes: Record<string, string | number>): TreatmentChange {
  const items = treatmentItems(row);
  const questionnaire = questionnaireOfCase(row);
  if (items.length === 0 || !questionnaire) {
    throw invalid('Only a radiation treatment plan has a technique and fractions to change.');
  }
  const fields: Record<string, string> = {};
  const changed: string[] = [];
  const before: TreatmentChange['before'] = {};
  const after: TreatmentChange['after'] = {};
  for (const [linkId, value] of Object.entries(changes)) {
    const item = items.find((candidate) => candidate.linkId === linkId);
    const question = item ? findItem(questionnaire, linkId) : undefined;
    const problem = question ? validateAnswer(question, value) : 'This is not a technique or fraction question of the case.';
    if (problem) {
      fields[`answers.${linkId}`] = problem;
    } else if (item && item.value !== value) {
      changed.push(`${item.label} ${shown(item, item.value)} → ${shown(item, value)}`);
      before[linkId] = item.value;
      after[linkId] = value;
    }
  }
  if (Object.keys(fields).length > 0) {
    throw invalid('Please correct the highlighted answers.', fields);
  }
  if (changed.length === 0) {
    throw invalid('Change the technique or the number of fractions: these are the answers the case already has.');
  }
  const answers = pruneHidden(questionnaire, { ...((row.answers ?? {}) as Answers), ...changes });
  const missing = answerProblems(questionnaire, answers);
  if (missing.length > 0) {
    throw invalid(`This plan raises questions the case has not answered (${missing.map((problem) => problem.linkId).join(', ')}): request it as a new case in Clinical Certification.`);
  }
  return { questionnaire, answers, summary: changed.join('; '), before, after };
}

/**
 * The new case for a changed treatment plan: a copy of the original (office, member, provider,
 * plan, site, diagnoses, urgency) with the new answers, submitted by phone and sent to clinical
 * review with its decision due date from the plan's policy, the criteria evaluated on the new plan
 * as at submission. Returns the new case row.
 */
export async function createReplacementCase(ctx: AppContext, tx: Transaction, actor: Actor, row: CaseRow, change: TreatmentChange): Promise<CaseRow> {
  const now = ctx.clock.now();
  const { versionId: policyVersionId, values: policy } = await policyVersionForCase(ctx, tx, row);
  const caseNumber = await nextNumber(tx, 'case_number_seq');
  const due = decisionDueAt(policy, { urgency: row.urgency ?? 'standard', completeAt: now, receivedAt: now, lineOfBusiness: row.lineOfBusiness ?? 'commercial' }).dueAt;
  const [created] = await tx
    .insert(cases)
    .values({
      officeId: row.officeId,
      createdByUserId: actor.userId,
      channel: requestChannel(actor),
      status: 'pending_clinical_review',
      caseNumber,
      programCode: row.programCode,
      programPath: row.programPath,
      orderingNpi: row.orderingNpi,
      orderingLocationId: row.orderingLocationId,
      planId: row.planId,
      lineOfBusiness: row.lineOfBusiness,
      contact: row.contact,
      memberId: row.memberId,
      memberContact: row.memberContact,
      dateOfService: row.dateOfService,
      retrospective: row.retrospective,
      siteId: row.siteId,
      placeOfService: row.placeOfService,
      renderedInOffice: row.renderedInOffice,
      urgency: row.urgency,
      questionnaireId: change.questionnaire.id,
      questionnaireVersion: change.questionnaire.version,
      answers: change.answers,
      currentStep: 'review',
      lockedAt: now,
      submittedAt: now,
      decisionDueAt: due,
      policyVersionId,
      supersedesCaseId: row.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!created) {
    throw new Error('case insert returned nothing');
  }
  const procedure = await programProcedure(tx, row.programCode, row.procedureCode ?? '');
  await tx.insert(caseServiceLines).values({ caseId: created.id, lineNumber: 1, code: procedure.code, codeSystem: procedure.codeSystem, description: procedure.description, unitsRequested: 1, status: 'requested' });
  const diagnoses = await tx.select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, row.id));
  if (diagnoses.length > 0) {
    await tx.insert(caseDiagnoses).values(diagnoses.map((diagnosis) => ({ ...diagnosis, caseId: created.id })));
  }
  await refreshWorklistColumns(tx, [created.id]);
  const [numbered] = await tx.select().from(cases).where(eq(cases.id, created.id));
  const replacement = numbered ?? created;
  const outlook = submissionOutlook(replacement, change.questionnaire, policy, now, await memberFacts(tx, replacement));
  const result: SubmissionResult = {
    caseId: created.id,
    caseNumber,
    status: 'pending_clinical_review',
    authorizationNumber: null,
    approvedLines: [],
    validFrom: null,
    validTo: null,
    decisionDueAt: due.toISOString(),
    ...outlookView(outlook),
    message: `Case ${caseNumber} replaces case ${row.caseNumber ?? ''} after a change of treatment plan and has been sent to clinical review.`,
  };
  await tx.update(cases).set({ submissionResult: result as unknown as Record<string, unknown> }).where(eq(cases.id, created.id));
  await recordCaseEvent(tx, ctx.clock, { caseId: created.id, actorUserId: actor.userId, kind: 'submitted', officeVisible: true, details: { outcome: 'pending_clinical_review' } });
  await notifyStatusChange(ctx, tx, created, caseNumber, 'sent to clinical review');
  return replacement;
}
