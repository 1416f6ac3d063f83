import { asc, eq, inArray } from 'drizzle-orm';
import { P2P_LEVEL_LABELS, type AppointmentView, type P2pLevel } from '../../contracts/p2p.ts';
import type { Queryable } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import { members } from '../../db/schema/members.ts';
import { p2pAppointmentCases, type p2pAppointments, reviewerProfiles } from '../../db/schema/post-decision.ts';
import { users } from '../../db/schema/users.ts';
import { requestedLines } from '../review/requested-lines.ts';
import { loadReviewCase } from '../review/review-case-view.ts';

export type AppointmentRow = typeof p2pAppointments.$inferSelect;

/** The call's outcome when all its cases ended alike; null before the outcome or when they differ. */
const commonOutcome = <T>(outcomes: readonly (T | null)[]): T | null => (outcomes.length > 0 && outcomes.every((one) => one === outcomes[0]) ? (outcomes[0] ?? null) : null);

/** Whether the reviewer may record how the call ended: it has started (by the server's clock) and is still booked. */
const outcomeDue = (row: AppointmentRow, now: Date) => row.status === 'booked' && now.getTime() >= row.startsAt.getTime();

type Line = NonNullable<AppointmentView['cases'][number]['lines']>[number];

/**
 * The lines of each case a due call could overturn in part, numbered as a partial decision names
 * them (the reviewer's side only: the office sees its lines on the case).
 */
async function linesOfDecisiveCases(db: Queryable, caseIds: readonly string[]): Promise<Map<string, Line[]>> {
  const byCase = new Map<string, Line[]>();
  for (const caseId of caseIds) {
    const lines = await requestedLines(db, await loadReviewCase(db, caseId));
    byCase.set(
      caseId,
      lines.map((line, index) => ({ lineNumber: index + 1, code: line.code, description: line.description, unitsRequested: line.units, fractionsRequested: line.fractions ?? null })),
    );
  }
  return byCase;
}

export interface ViewOptions {
  now: Date;
  /** The medical director's view: with the lines of cases whose outcome is due. */
  reviewerSide: boolean;
}

/** Appointments as the API sends them, with their cases, members and reviewer (a PHI read: the caller audits it). */
export async function appointmentViews(db: Queryable, rows: readonly AppointmentRow[], options: ViewOptions): Promise<AppointmentView[]> {
  if (rows.length === 0) {
    return [];
  }
  const linked = await db
    .select({
      appointmentId: p2pAppointmentCases.appointmentId,
      caseId: cases.id,
      caseNumber: cases.caseNumber,
      memberId: cases.memberId,
      level: p2pAppointmentCases.level,
      validUntil: p2pAppointmentCases.validUntil,
      outcome: p2pAppointmentCases.outcome,
      firstName: members.firstName,
      lastName: members.lastName,
    })
    .from(p2pAppointmentCases)
    .innerJoin(cases, eq(cases.id, p2pAppointmentCases.caseId))
    .leftJoin(members, eq(members.id, cases.memberId))
    .where(inArray(p2pAppointmentCases.appointmentId, rows.map((row) => row.id)))
    .orderBy(asc(cases.caseNumber));
  const reviewers = await db
    .select({ userId: users.id, firstName: users.firstName, lastName: users.lastName, timeZone: reviewerProfiles.timeZone })
    .from(users)
    .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, users.id))
    .where(inArray(users.id, [...new Set(rows.map((row) => row.reviewerUserId))]));
  const due = new Set(rows.filter((row) => outcomeDue(row, options.now)).map((row) => row.id));
  const decisive = options.reviewerSide ? linked.filter((link) => due.has(link.appointmentId) && link.level === 'peer_to_peer').map((link) => link.caseId) : [];
  const lines = await linesOfDecisiveCases(db, decisive);
  return rows.map((row) => {
    const reviewer = reviewers.find((one) => one.userId === row.reviewerUserId);
    const ofRow = linked.filter((link) => link.appointmentId === row.id);
    return {
      id: row.id,
      version: row.version,
      status: row.status,
      purpose: row.purpose,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      requesterTimeZone: row.requesterTimeZone,
      reviewerTimeZone: reviewer?.timeZone ?? row.requesterTimeZone,
      reviewer: { userId: row.reviewerUserId, name: reviewer ? `Dr. ${reviewer.firstName} ${reviewer.lastName}` : '' },
      cases: ofRow.map((link) => ({
        caseId: link.caseId,
        caseNumber: link.caseNumber ?? '',
        level: link.level,
        levelLabel: P2P_LEVEL_LABELS[link.level as P2pLevel] ?? link.level,
        validUntil: link.validUntil,
        memberName: link.lastName ? `${link.lastName}, ${link.firstName}` : '',
        outcome: link.outcome,
        lines: lines.get(link.caseId) ?? null,
      })),
      performer: row.performer,
      phone: row.phone,
      phoneExtension: row.phoneExtension,
      alternatePhone: row.alternatePhone,
      email: row.email,
      contactInstructions: row.contactInstructions,
      callNotes: row.callNotes,
      cancelReason: row.cancelReason,
      cancelledBy: row.cancelledBy,
      outcome: commonOutcome(ofRow.map((link) => link.outcome)),
      outcomeNote: row.outcomeNote,
      outcomeDue: due.has(row.id),
    };
  });
}

/** The member ids behind appointments, for the audit of reading them. */
export async function memberIdsOf(db: Queryable, appointmentIds: readonly string[]): Promise<Array<{ appointmentId: string; caseId: string; memberId: string | null }>> {
  if (appointmentIds.length === 0) {
    return [];
  }
  return db
    .select({ appointmentId: p2pAppointmentCases.appointmentId, caseId: p2pAppointmentCases.caseId, memberId: cases.memberId })
    .from(p2pAppointmentCases)
    .innerJoin(cases, eq(cases.id, p2pAppointmentCases.caseId))
    .where(inArray(p2pAppointmentCases.appointmentId, [...appointmentIds]));
}
