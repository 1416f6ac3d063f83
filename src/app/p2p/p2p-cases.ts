import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CaseP2pView } from '../../contracts/cases.ts';
import type { PostDecisionOptionView } from '../../contracts/letters.ts';
import { CONSULTATIVE_ONLY_RESULT, P2P_LEVEL_LABELS, P2P_OUTCOME_LABELS, type P2pCaseView, type P2pLevel } from '../../contracts/p2p.ts';
import type { Queryable } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import { members } from '../../db/schema/members.ts';
import { healthPlans, programs } from '../../db/schema/plans.ts';
import { p2pAppointmentCases, p2pAppointments, reviewerProfiles } from '../../db/schema/post-decision.ts';
import { practitioners } from '../../db/schema/practitioners.ts';
import { users } from '../../db/schema/users.ts';
import { dateInZone } from '../../domain/calendar/time-zone.ts';
import type { CaseNeed } from '../../domain/p2p/skill-priority.ts';
import { DomainError, notFound } from '../../domain/shared/errors.ts';
import { policyOfCase } from '../cases/case-policy.ts';
import type { CaseRow } from '../cases/case-view.ts';
import { postDecisionOptionsOfCase } from '../cases/post-decision.ts';
import type { AppContext } from '../context.ts';
import { slotWords } from './p2p-messages.ts';

/** One of the office's cases as the scheduler needs it: its P2P window, its member, and what the reviewer must know. */
export interface P2pCase {
  row: CaseRow;
  view: P2pCaseView;
  /** The end of the window (exclusive), when eligible. */
  windowEnd: Date | null;
  need: CaseNeed;
}

interface P2pWindow {
  level: P2pLevel;
  end: Date;
  lastDay: string;
  message: string;
}

/**
 * Whether a P2P can be held for a case now, at what level and until when: the Medicare
 * pre-decision consultation while its hold runs, otherwise the post-decision option that is open
 * (one that may change the decision first, then the consultative-only one).
 */
async function p2pWindow(ctx: AppContext, db: Queryable, row: CaseRow, known?: readonly PostDecisionOptionView[]): Promise<P2pWindow | string> {
  const now = ctx.clock.now();
  if (row.status === 'on_hold' && row.holdRequest?.kind === 'pre_decision' && row.holdDueAt) {
    if (row.holdDueAt.getTime() <= now.getTime()) {
      return 'The time to ask for a clinical consultation before the decision has passed.';
    }
    const zone = (await policyOfCase(ctx, db, row)).holidayCalendar.timeZone;
    const lastDay = dateInZone(new Date(row.holdDueAt.getTime() - 1), zone);
    return { level: 'pre_decision', end: row.holdDueAt, lastDay, message: `A denial is intended: talk with the physician reviewer before the decision, by ${lastDay}.` };
  }
  const options = known ?? (await postDecisionOptionsOfCase(ctx, db, row));
  const open = options.find((option) => option.kind === 'peer_to_peer' && option.open) ?? options.find((option) => option.kind === 'peer_to_peer_consultative' && option.open);
  if (open?.availableUntil && open.lastDay) {
    const level = open.kind as 'peer_to_peer' | 'peer_to_peer_consultative';
    return { level, end: new Date(open.availableUntil), lastDay: open.lastDay, message: level === 'peer_to_peer_consultative' ? CONSULTATIVE_ONLY_RESULT : open.explanation };
  }
  const closed = options.find((option) => option.kind === 'peer_to_peer_consultative' || option.kind === 'peer_to_peer');
  if (closed?.closedByHistory) {
    return closed.explanation;
  }
  return closed?.lastDay ? `The peer-to-peer window for this case ended on ${closed.lastDay}.` : NO_DECISION;
}

const NO_DECISION = 'This case has no decision a peer-to-peer could discuss.';

async function describeP2pCase(ctx: AppContext, db: Queryable, row: CaseRow): Promise<P2pCase> {
  const [member] = row.memberId ? await db.select().from(members).where(eq(members.id, row.memberId)) : [];
  const [plan] = row.planId ? await db.select({ name: healthPlans.name }).from(healthPlans).where(eq(healthPlans.id, row.planId)) : [];
  const [program] = await db.select({ name: programs.name }).from(programs).where(eq(programs.code, row.programCode));
  const [provider] = row.orderingNpi ? await db.select({ specialty: practitioners.specialty }).from(practitioners).where(eq(practitioners.npi, row.orderingNpi)) : [];
  const window = await p2pWindow(ctx, db, row);
  const eligible = typeof window !== 'string';
  return {
    row,
    windowEnd: eligible ? window.end : null,
    need: { programCode: row.programCode, state: member?.state ?? null, specialty: provider?.specialty ?? null },
    view: {
      caseId: row.id,
      caseNumber: row.caseNumber ?? '',
      eligible,
      message: eligible ? window.message : window,
      level: eligible ? window.level : null,
      levelLabel: eligible ? P2P_LEVEL_LABELS[window.level] : null,
      validUntil: eligible ? window.lastDay : null,
      windowEndsAt: eligible ? window.end.toISOString() : null,
      programName: program?.name ?? row.programCode,
      member: {
        name: member ? `${member.lastName}, ${member.firstName}` : '',
        dateOfBirth: member?.dateOfBirth ?? '',
        state: member?.state ?? '',
        patientId: member?.patientId ?? '',
        planName: plan?.name ?? null,
      },
    },
  };
}

/** Why each case that has an appointment booked (not yet held) cannot be booked again, by case id. */
export async function alreadyScheduled(db: Queryable, caseIds: readonly string[]): Promise<Map<string, string>> {
  if (caseIds.length === 0) {
    return new Map();
  }
  const booked = await db
    .select({ caseId: p2pAppointmentCases.caseId, startsAt: p2pAppointments.startsAt, requesterTimeZone: p2pAppointments.requesterTimeZone })
    .from(p2pAppointmentCases)
    .innerJoin(p2pAppointments, eq(p2pAppointments.id, p2pAppointmentCases.appointmentId))
    .where(and(inArray(p2pAppointmentCases.caseId, [...caseIds]), eq(p2pAppointments.status, 'booked')));
  return new Map(
    booked.map((one) => [one.caseId, `A peer-to-peer is already scheduled for this case on ${slotWords(one.startsAt, one.requesterTimeZone)}: reschedule or cancel it in My P2P Requests.`]),
  );
}

/** "P2P Status" (seeds): the case's latest appointment in words, in the office's zone or (`reviewer`) the reviewer's. */
export async function p2pStatusOf(db: Queryable, caseId: string, side: 'office' | 'reviewer' = 'office'): Promise<{ status: string | null; scheduled: CaseP2pView['scheduled'] }> {
  const [latest] = await db
    .select({ appointment: p2pAppointments, outcome: p2pAppointmentCases.outcome, firstName: users.firstName, lastName: users.lastName, reviewerTimeZone: reviewerProfiles.timeZone })
    .from(p2pAppointmentCases)
    .innerJoin(p2pAppointments, eq(p2pAppointments.id, p2pAppointmentCases.appointmentId))
    .innerJoin(users, eq(users.id, p2pAppointments.reviewerUserId))
    .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, p2pAppointments.reviewerUserId))
    .where(eq(p2pAppointmentCases.caseId, caseId))
    .orderBy(desc(p2pAppointments.updatedAt))
    .limit(1);
  if (!latest) {
    return { status: null, scheduled: null };
  }
  const { appointment } = latest;
  const reviewerName = `Dr. ${latest.firstName} ${latest.lastName}`;
  const when = slotWords(appointment.startsAt, side === 'reviewer' ? (latest.reviewerTimeZone ?? appointment.requesterTimeZone) : appointment.requesterTimeZone);
  switch (appointment.status) {
    case 'booked':
      return { status: `Scheduled for ${when} with ${reviewerName}`, scheduled: { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString(), reviewerName } };
    case 'completed':
      return { status: `Held ${when} with ${reviewerName}: ${latest.outcome ? P2P_OUTCOME_LABELS[latest.outcome] : 'completed'}`, scheduled: null };
    case 'cancelled':
      return { status: `${when} cancelled${appointment.cancelledBy === 'reviewer' ? ' by the reviewer' : ''}`, scheduled: null };
  }
}

/**
 * The case page's peer to peer (C6, the seeds' "P2P Eligibility Result" and "P2P Status"): the
 * appointment scheduled, or whether one may be scheduled now (by the server's clock), at what
 * level, or why not; from the case's post-decision options the page already read.
 */
export async function p2pOfCase(ctx: AppContext, db: Queryable, row: CaseRow, options: readonly PostDecisionOptionView[]): Promise<CaseP2pView> {
  const { status, scheduled } = await p2pStatusOf(db, row.id);
  const window = await p2pWindow(ctx, db, row, options);
  const open = typeof window !== 'string';
  return {
    // A P2P that may change the decision is told by "P2P availability" just below; the row says what else holds.
    eligibilityResult: open ? (window.level === 'peer_to_peer' ? null : window.message) : window === NO_DECISION ? null : window,
    status,
    scheduled,
    mayRequest: open && scheduled === null,
    level: open ? window.level : null,
  };
}

const submittedOfOffice = (officeId: string) => and(eq(cases.officeId, officeId), eq(cases.portal, 'current'), sql`${cases.status} <> 'in_progress'`);

/** The office's case by number and member date of birth, as a caller gives them; undefined when none matches. */
export async function findP2pCase(ctx: AppContext, db: Queryable, officeId: string, caseNumber: string, dateOfBirth: string): Promise<P2pCase | undefined> {
  const [found] = await db
    .select({ row: cases })
    .from(cases)
    .innerJoin(members, eq(members.id, cases.memberId))
    .where(and(submittedOfOffice(officeId), eq(cases.caseNumber, caseNumber), eq(members.dateOfBirth, dateOfBirth)));
  return found ? describeP2pCase(ctx, db, found.row) : undefined;
}

/** The office's cases by id (another office's case is not found); each must be open for a P2P, all at one level's purpose. */
export async function eligibleP2pCases(ctx: AppContext, db: Queryable, officeId: string, caseIds: readonly string[]): Promise<P2pCase[]> {
  const rows = await db.select().from(cases).where(and(submittedOfOffice(officeId), inArray(cases.id, [...caseIds])));
  if (rows.length !== new Set(caseIds).size) {
    throw notFound('The case');
  }
  // One at a time: inside a transaction the connection is single.
  const described: P2pCase[] = [];
  for (const row of rows) {
    described.push(await describeP2pCase(ctx, db, row));
  }
  const refused = described.find((found) => !found.view.eligible);
  if (refused) {
    throw new DomainError('conflict', `Case ${refused.view.caseNumber} cannot have a peer-to-peer now: ${refused.view.message}`);
  }
  const preDecision = described.filter((found) => found.view.level === 'pre_decision').length;
  if (preDecision > 0 && preDecision < described.length) {
    throw new DomainError('conflict', 'A consultation before a decision is booked on its own: schedule it apart from cases already decided.');
  }
  return described;
}

/** The end of the shared window: the appointment must fit every case's. */
export const windowOfAll = (found: readonly P2pCase[]): Date => new Date(Math.min(...found.map((one) => one.windowEnd?.getTime() ?? 0)));
