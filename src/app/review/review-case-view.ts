import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { QUEUE_STATUSES, REVIEW_STATUSES, statusLabel } from '../../contracts/case-status.ts';
import type { SubmissionResult } from '../../contracts/cases.ts';
import type { Reviewer, ReviewCaseView, ReviewQueueRow, reviewQueueQuerySchema } from '../../contracts/review.ts';
import type { Queryable, Transaction } from '../../db/client.ts';
import { caseDiagnoses, cases, caseServiceLines } from '../../db/schema/cases.ts';
import { members, sites } from '../../db/schema/members.ts';
import { offices } from '../../db/schema/offices.ts';
import { healthPlans, programs } from '../../db/schema/plans.ts';
import { practitioners } from '../../db/schema/practitioners.ts';
import { caseDeterminations, caseNotes } from '../../db/schema/review.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { decide } from '../../domain/access/policy.ts';
import { showAnswer } from '../../domain/criteria/answer-text.ts';
import { answerAt, type Answers } from '../../domain/questionnaires/answers.ts';
import { visibleItems } from '../../domain/questionnaires/visibility.ts';
import { decisionClock } from '../../domain/policies/decision-clock.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { caseAuditEntry, recordAudit } from '../audit/record-audit.ts';
import { caseDocumentList } from '../cases/lookups.ts';
import { questionnaireOfCase } from '../cases/questionnaire-step.ts';
import { auditListedMembers } from '../cases/worklist.ts';
import type { AppContext } from '../context.ts';
import { caseTimeline } from './case-events.ts';
import { holdOf } from './hold-view.ts';
import { requestedLines } from './requested-lines.ts';
import { policyOfCase } from '../cases/case-policy.ts';
import { postDecisionOptionsOfCase } from '../cases/post-decision.ts';
import { p2pStatusOf } from '../p2p/p2p-cases.ts';
import { postDecisionReviewOf } from '../post-decision/open-request.ts';
import { POST_DECISION_LABELS } from '../../domain/policies/post-decision-options.ts';
import { postDecisionRequests } from '../../db/schema/post-decision.ts';

const SYSTEM: { kind: 'system' } = { kind: 'system' };
export const reviewerRoles = ['nurse_reviewer', 'medical_director'] as const;

export type ReviewCaseRow = typeof cases.$inferSelect;

function asReviewer(user: { id: string; firstName: string; lastName: string; role: string } | null | undefined): Reviewer | null {
  return user && (reviewerRoles as readonly string[]).includes(user.role) ? { userId: user.id, name: `${user.firstName} ${user.lastName}`, role: user.role as Reviewer['role'] } : null;
}

/** The share of the running decision window used: from submission, or from the end of the last hold. */
function clockOf(row: { submittedAt: Date | null; decisionClockStartedAt: Date | null; decisionDueAt: Date | null }, now: Date) {
  const startedAt = row.decisionClockStartedAt ?? row.submittedAt;
  return startedAt && row.decisionDueAt ? decisionClock(startedAt, row.decisionDueAt, now) : null;
}

export async function activeReviewers(db: Queryable): Promise<Reviewer[]> {
  const rows = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, role: users.role })
    .from(users)
    .where(and(inArray(users.role, [...reviewerRoles]), eq(users.status, 'active')))
    .orderBy(asc(users.lastName), asc(users.firstName));
  return rows.map((row) => asReviewer(row)!);
}

/**
 * The open review cases matching `filters`, with what a queue row shows, soonest due first
 * (shared by the queue and the supervisor's view of decision clocks). Not audited: the caller
 * audits the members it lists.
 */
export function selectReviewQueueRows(db: Queryable, filters: SQL[], limit = 500) {
  return db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      programCode: cases.programCode,
      programName: programs.name,
      procedureCode: cases.procedureCode,
      serviceDescription: cases.serviceDescription,
      memberId: cases.memberId,
      memberFirstName: cases.memberFirstName,
      memberLastName: cases.memberLastName,
      officeName: offices.name,
      planName: healthPlans.name,
      lineOfBusiness: cases.lineOfBusiness,
      urgency: cases.urgency,
      status: cases.status,
      submittedAt: cases.submittedAt,
      decisionClockStartedAt: cases.decisionClockStartedAt,
      decisionDueAt: cases.decisionDueAt,
      assignee: { id: users.id, firstName: users.firstName, lastName: users.lastName, role: users.role },
      postDecisionKind: postDecisionRequests.kind,
    })
    .from(cases)
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .innerJoin(programs, eq(programs.code, cases.programCode))
    .leftJoin(healthPlans, eq(healthPlans.id, cases.planId))
    .leftJoin(users, eq(users.id, cases.assignedUserId))
    .leftJoin(postDecisionRequests, and(eq(postDecisionRequests.caseId, cases.id), eq(postDecisionRequests.status, 'requested')))
    .where(and(...filters))
    .orderBy(sql`${cases.decisionDueAt} asc nulls last`, asc(cases.submittedAt))
    .limit(limit);
}

export type ReviewQueueSourceRow = Awaited<ReturnType<typeof selectReviewQueueRows>>[number];

/** A queue row, with the decision clock as of `now`. */
export function toReviewQueueRow(row: ReviewQueueSourceRow, now: Date): ReviewQueueRow {
  const clock = clockOf(row, now);
  return {
    caseId: row.id,
    caseNumber: row.caseNumber ?? '',
    programCode: row.programCode,
    programName: row.programName,
    procedureCode: row.procedureCode,
    serviceDescription: row.serviceDescription,
    memberName: [row.memberLastName, row.memberFirstName].filter(Boolean).join(', '),
    officeName: row.officeName,
    planName: row.planName,
    lineOfBusiness: row.lineOfBusiness,
    urgency: row.urgency ?? 'standard',
    status: row.status,
    // The queue marks a reconsideration or appeal, which a medical director who did not decide it reviews (C6).
    statusLabel: row.postDecisionKind ? `${POST_DECISION_LABELS[row.postDecisionKind]}: ${statusLabel(row.status)}` : statusLabel(row.status),
    submittedAt: row.submittedAt?.toISOString() ?? '',
    decisionDueAt: row.decisionDueAt?.toISOString() ?? null,
    percentElapsed: clock?.percentElapsed ?? null,
    escalation: clock?.escalation ?? null,
    assignee: asReviewer(row.assignee),
    postDecisionKind: row.postDecisionKind,
  };
}

/**
 * The review queue: every office's cases waiting for a person, soonest due first, with the share
 * of the decision window used. Member names are PHI: each listed member is an audited read.
 */
export async function listReviewQueue(ctx: AppContext, actor: Actor, query: z.output<typeof reviewQueueQuerySchema>): Promise<{ rows: ReviewQueueRow[]; reviewers: Reviewer[] }> {
  await authorize(ctx, actor, 'review.read', SYSTEM);
  const filters: SQL[] = [inArray(cases.status, [...(query.status ? [query.status] : QUEUE_STATUSES)]), eq(cases.portal, 'current')];
  if (query.program) {
    filters.push(eq(cases.programCode, query.program));
  }
  if (query.urgency) {
    filters.push(eq(cases.urgency, query.urgency));
  }
  if (query.assigned === 'me') {
    filters.push(eq(cases.assignedUserId, actor.userId));
  } else if (query.assigned === 'unassigned') {
    filters.push(isNull(cases.assignedUserId));
  }
  const rows = await selectReviewQueueRows(ctx.db, filters);
  await auditListedMembers(ctx, actor, rows, { view: 'review_queue' });
  const now = ctx.clock.now();
  return {
    rows: rows.map((row) => toReviewQueueRow(row, now)),
    reviewers: await activeReviewers(ctx.db),
  };
}

/** A submitted case of any office, for staff; in-progress and legacy requests are not reviewed here. */
export async function loadReviewCase(db: Queryable, caseId: string): Promise<ReviewCaseRow> {
  const [row] = await db.select().from(cases).where(and(eq(cases.id, caseId), eq(cases.portal, 'current')));
  if (!row || row.status === 'in_progress' || row.status === 'expired') {
    throw notFound('The case');
  }
  return row;
}

function answerList(row: ReviewCaseRow): ReviewCaseView['answers'] {
  const questionnaire = questionnaireOfCase(row);
  if (!questionnaire) {
    return [];
  }
  const answers = (row.answers ?? {}) as Answers;
  return visibleItems(questionnaire, answers).map(({ item, path, depth }) => {
    const value = item.type === 'group' ? undefined : answerAt(answers, path);
    return { prefix: item.prefix ?? null, question: item.text, answer: item.type === 'group' ? '' : value === undefined ? 'Not answered' : showAnswer(item, value), depth };
  });
}

/** What the reviewer may do now: claim an open case, decide one they hold, as their role allows. */
function allowedActions(actor: Actor, row: ReviewCaseRow, preDecision: ReviewCaseView['preDecision']): ReviewCaseView['allowedActions'] {
  const mine = row.assignedUserId === actor.userId;
  // On hold: not decided until the information arrives or the due date passes; it may be closed.
  if (row.status === 'on_hold') {
    return mine ? ['note', 'assign', 'withdraw', 'cancel'] : ['note', 'assign'];
  }
  if (!(REVIEW_STATUSES as readonly string[]).includes(row.status)) {
    return ['note'];
  }
  const actions: ReviewCaseView['allowedActions'] = ['note', 'assign'];
  const isMedicalDirector = decide(actor, 'review.deny', SYSTEM) === 'allow';
  // Escalated cases wait for a medical director; a nurse no longer decides them.
  const forMe = row.status !== 'pending_medical_review' || isMedicalDirector;
  if (forMe && !mine) {
    actions.push('claim');
  }
  if (forMe && mine) {
    actions.push('approve');
    if (!isMedicalDirector) {
      actions.push('escalate');
    } else if (preDecision.required && !preDecision.noticeSentAt) {
      actions.push('pre_decision_notice');
    } else {
      actions.push('partially_approve', 'deny', 'recommend_alternative');
    }
    actions.push('hold', 'administrative_deny', 'withdraw', 'cancel');
  }
  return actions;
}

type LineView = ReviewCaseView['lines'][number];

/** Open cases show the lines a decision would be about; decided ones, the lines as decided. */
async function linesOf(db: Transaction, row: ReviewCaseRow): Promise<LineView[]> {
  if ((QUEUE_STATUSES as readonly string[]).includes(row.status)) {
    return (await requestedLines(db, row)).map((line, index) => ({
      lineNumber: index + 1,
      code: line.code,
      description: line.description,
      unitsRequested: line.units,
      unitsApproved: null,
      phase: line.phase ?? null,
      technique: line.technique ?? null,
      fractionsRequested: line.fractions ?? null,
      fractionsApproved: null,
      status: 'requested',
    }));
  }
  const lines = await db.select().from(caseServiceLines).where(eq(caseServiceLines.caseId, row.id)).orderBy(asc(caseServiceLines.lineNumber));
  return lines.map((line) => ({
    lineNumber: line.lineNumber,
    code: line.code,
    description: line.description,
    unitsRequested: line.unitsRequested,
    unitsApproved: line.unitsApproved,
    phase: line.phase,
    technique: line.technique,
    fractionsRequested: line.fractionsRequested,
    fractionsApproved: line.fractionsApproved,
    status: line.status,
  }));
}

/** Everything a reviewer needs on one page; an audited read of the member's record. */
export async function reviewCaseView(ctx: AppContext, actor: Actor, db: Transaction, row: ReviewCaseRow): Promise<ReviewCaseView> {
  const [details] = await db
    .select({
      officeName: offices.name,
      programName: programs.name,
      planName: healthPlans.name,
      memberFirstName: members.firstName,
      memberLastName: members.lastName,
      memberDateOfBirth: members.dateOfBirth,
      memberPatientId: members.patientId,
      providerFirstName: practitioners.firstName,
      providerLastName: practitioners.lastName,
      providerNpi: practitioners.npi,
      siteName: sites.name,
      siteNpi: sites.npi,
    })
    .from(cases)
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .innerJoin(programs, eq(programs.code, cases.programCode))
    .leftJoin(healthPlans, eq(healthPlans.id, cases.planId))
    .leftJoin(members, eq(members.id, cases.memberId))
    .leftJoin(practitioners, eq(practitioners.npi, cases.orderingNpi))
    .leftJoin(sites, eq(sites.id, cases.siteId))
    .where(eq(cases.id, row.id));
  const [assignee] = row.assignedUserId ? await db.select({ id: users.id, firstName: users.firstName, lastName: users.lastName, role: users.role }).from(users).where(eq(users.id, row.assignedUserId)) : [];
  const diagnoses = await db.select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, row.id)).orderBy(asc(caseDiagnoses.rank));
  const notes = await db
    .select({ at: caseNotes.createdAt, text: caseNotes.text, firstName: users.firstName, lastName: users.lastName })
    .from(caseNotes)
    .innerJoin(users, eq(users.id, caseNotes.authorUserId))
    .where(eq(caseNotes.caseId, row.id))
    .orderBy(desc(caseNotes.createdAt));
  const [determination] = await db
    .select({
      outcome: caseDeterminations.outcome,
      reason: caseDeterminations.reason,
      criteria: caseDeterminations.criteria,
      alternative: caseDeterminations.alternative,
      decidedAt: caseDeterminations.decidedAt, firstName: users.firstName, lastName: users.lastName, role: users.role })
    .from(caseDeterminations)
    .leftJoin(users, eq(users.id, caseDeterminations.decidedByUserId))
    .where(eq(caseDeterminations.caseId, row.id));
  const submission = row.submissionResult as SubmissionResult | null;
  const policy = await policyOfCase(ctx, db, row);
  const preDecision = { required: policy.peerToPeer.preDecision, noticeSentAt: row.preDecisionNoticeAt?.toISOString() ?? null };
  const clock = clockOf(row, ctx.clock.now());
  const postDecisionReview = await postDecisionReviewOf(db, actor, row);
  // In the caller's transaction: PGlite has one connection, and the read and its audit belong together.
  await recordAudit(db, ctx.clock, caseAuditEntry('review.case.read', actor, row));
  return {
    caseId: row.id,
    version: row.version,
    caseNumber: row.caseNumber ?? '',
    status: row.status,
    statusLabel: statusLabel(row.status),
    urgency: row.urgency ?? 'standard',
    programName: details?.programName ?? row.programCode,
    planName: details?.planName ?? null,
    lineOfBusiness: row.lineOfBusiness,
    officeName: details?.officeName ?? '',
    member: details?.memberLastName ? { name: `${details.memberFirstName ?? ''} ${details.memberLastName}`.trim(), dateOfBirth: details.memberDateOfBirth ?? '', patientId: details.memberPatientId ?? '' } : null,
    orderingProvider: details?.providerNpi ? { name: `${details.providerFirstName ?? ''} ${details.providerLastName ?? ''}`.trim(), npi: details.providerNpi } : null,
    site: details?.siteNpi ? { name: details.siteName ?? '', npi: details.siteNpi } : null,
    dateOfService: row.dateOfService,
    diagnoses: diagnoses.map((diagnosis) => ({ rank: diagnosis.rank, code: diagnosis.code, description: diagnosis.description })),
    lines: await linesOf(db, row),
    answers: answerList(row),
    criteria: submission?.criteria ?? [],
    documents: await caseDocumentList(db, row.id),
    notes: notes.map((note) => ({ at: note.at.toISOString(), author: `${note.firstName} ${note.lastName}`, text: note.text })),
    timeline: await caseTimeline(db, row.id, false),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decisionDueAt: row.decisionDueAt?.toISOString() ?? null,
    percentElapsed: clock?.percentElapsed ?? null,
    escalation: clock?.escalation ?? null,
    assignee: asReviewer(assignee),
    // Under reconsideration or appeal the case is decided as upheld or overturned (src/app/post-decision), not anew.
    allowedActions: postDecisionReview ? ['note'] : allowedActions(actor, row, preDecision),
    hold: holdOf(row, policy.holidayCalendar.timeZone),
    preDecision,
    alternatives: submission?.alternatives ?? [],
    postDecisionReview,
    determination: determination
      ? {
          outcome: determination.outcome,
          outcomeLabel: statusLabel(determination.outcome),
          reason: determination.reason,
          criteria: determination.criteria,
          alternative: determination.alternative,
          decidedBy: determination.firstName ? `${determination.firstName} ${determination.lastName ?? ''}` : 'Guideline criteria at submission',
          decidedAt: determination.decidedAt.toISOString(),
          authorizationNumber: row.authorizationNumber,
          validFrom: row.validFrom,
          validTo: row.validTo,
          postDecisionOptions: await postDecisionOptionsOfCase(ctx, db, row),
          p2pStatus: (await p2pStatusOf(db, row.id, 'reviewer')).status,
        }
      : null,
  };
}

export async function getReviewCase(ctx: AppContext, actor: Actor, caseId: string): Promise<ReviewCaseView> {
  await authorize(ctx, actor, 'review.read', SYSTEM);
  return ctx.db.transaction(async (tx) => reviewCaseView(ctx, actor, tx, await loadReviewCase(tx, caseId)));
}
