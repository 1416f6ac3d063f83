import { and, desc, eq, gt, gte, inArray } from 'drizzle-orm';
import { REVIEW_STATUSES } from '../../contracts/case-status.ts';
import { type EscalationCounts, type ReviewQueueRow, type SupervisorView } from '../../contracts/review.ts';
import { cases } from '../../db/schema/cases.ts';
import { programs } from '../../db/schema/plans.ts';
import { caseDeterminations } from '../../db/schema/review.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize } from '../access/authorize.ts';
import { auditListedMembers } from '../cases/worklist.ts';
import type { AppContext } from '../context.ts';
import { selectReviewQueueRows, toReviewQueueRow } from './review-case-view.ts';

const SYSTEM: { kind: 'system' } = { kind: 'system' };
const HOUR = 3_600_000;
const DECIDED_LATE_DAYS = 30;
/** Every open case counts; the queue shows 500, the summary must not stop there. */
const OPEN_CASE_LIMIT = 10_000;

function emptyCounts(): EscalationCounts {
  return { ok: 0, watch: 0, warning: 0, critical: 0, breached: 0, total: 0 };
}

const hours = (milliseconds: number) => Math.round((milliseconds / HOUR) * 10) / 10;

/** Counts by escalation level: overall, per program and per urgency (cases without a due time are left out). */
function summarize(rows: ReviewQueueRow[]): SupervisorView['summary'] {
  const overall = emptyCounts();
  const byProgram = new Map<string, { programCode: string; programName: string; counts: EscalationCounts }>();
  const byUrgency = new Map<'standard' | 'urgent', EscalationCounts>([
    ['urgent', emptyCounts()],
    ['standard', emptyCounts()],
  ]);
  for (const row of rows) {
    if (!row.escalation) {
      continue;
    }
    const program = byProgram.get(row.programCode) ?? { programCode: row.programCode, programName: row.programName, counts: emptyCounts() };
    byProgram.set(row.programCode, program);
    for (const counts of [overall, program.counts, byUrgency.get(row.urgency)!]) {
      counts[row.escalation] += 1;
      counts.total += 1;
    }
  }
  return {
    overall,
    byProgram: [...byProgram.values()].sort((a, b) => a.programName.localeCompare(b.programName)),
    byUrgency: [...byUrgency].map(([urgency, counts]) => ({ urgency, counts })),
  };
}

/**
 * The supervisor's view of decision clocks, for medical directors: counts by escalation level,
 * the cases at risk, the breaches and the cases decided late in the last 30 days. Member names
 * are PHI: each member listed (at risk or breached) is an audited read.
 */
export async function getSupervisorView(ctx: AppContext, actor: Actor): Promise<SupervisorView> {
  await authorize(ctx, actor, 'review.deny', SYSTEM);
  const now = ctx.clock.now();
  const open = await selectReviewQueueRows(ctx.db, [inArray(cases.status, [...REVIEW_STATUSES]), eq(cases.portal, 'current')], OPEN_CASE_LIMIT);
  const rows = open.map((row) => ({ source: row, view: toReviewQueueRow(row, now) }));
  const atRisk = rows
    .filter(({ view }) => view.escalation === 'warning' || view.escalation === 'critical')
    .sort((a, b) => (b.view.percentElapsed ?? 0) - (a.view.percentElapsed ?? 0));
  const breaches = rows.filter(({ view }) => view.escalation === 'breached');
  await auditListedMembers(ctx, actor, [...atRisk, ...breaches].map(({ source }) => source), { view: 'review_supervisor' });

  const decidedLate = await ctx.db
    .select({
      caseId: cases.id,
      caseNumber: cases.caseNumber,
      programCode: cases.programCode,
      programName: programs.name,
      outcome: caseDeterminations.outcome,
      decidedAt: caseDeterminations.decidedAt,
      decisionDueAt: cases.decisionDueAt,
    })
    .from(caseDeterminations)
    .innerJoin(cases, eq(cases.id, caseDeterminations.caseId))
    .innerJoin(programs, eq(programs.code, cases.programCode))
    .where(and(eq(cases.portal, 'current'), gt(caseDeterminations.decidedAt, cases.decisionDueAt), gte(caseDeterminations.decidedAt, new Date(now.getTime() - DECIDED_LATE_DAYS * 24 * HOUR))))
    .orderBy(desc(caseDeterminations.decidedAt))
    .limit(500);

  return {
    asOf: now.toISOString(),
    summary: summarize(rows.map(({ view }) => view)),
    atRisk: atRisk.map(({ view }) => view),
    breaches: breaches.map(({ view }) => ({ ...view, hoursPastDue: hours(now.getTime() - new Date(view.decisionDueAt!).getTime()) })),
    recentBreachesDecided: decidedLate.map((row) => ({
      caseId: row.caseId,
      caseNumber: row.caseNumber ?? '',
      programCode: row.programCode,
      programName: row.programName,
      outcome: row.outcome,
      decidedAt: row.decidedAt.toISOString(),
      decisionDueAt: row.decisionDueAt!.toISOString(),
      hoursLate: hours(row.decidedAt.getTime() - row.decisionDueAt!.getTime()),
    })),
  };
}
