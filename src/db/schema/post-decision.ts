import { boolean, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { cases } from './cases.ts';
import { offices } from './offices.ts';
import { users } from './users.ts';

/**
 * After a decision (issue 6, C6): a reconsideration or an appeal asked for on the web, or a
 * peer-to-peer conversation that could change the decision (kind peer_to_peer, written decided
 * when the reviewer records its outcome). The first determination stays in case_determinations;
 * each request here carries its own outcome, so the case's history of levels is kept and the
 * options that remain can be computed from it.
 */
export const postDecisionRequestKinds = ['reconsideration', 'appeal_first_level', 'appeal_second_level', 'peer_to_peer'] as const;
export type PostDecisionRequestKind = (typeof postDecisionRequestKinds)[number];
export const postDecisionOutcomes = ['upheld', 'overturned', 'partially_overturned'] as const;
export type PostDecisionOutcome = (typeof postDecisionOutcomes)[number];

export const postDecisionRequests = pgTable(
  'post_decision_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    kind: text('kind', { enum: postDecisionRequestKinds }).notNull(),
    /** requested: waiting for review; abandoned: the office said No, or sent no new information (seed wording in `note`); decided: has an outcome. */
    status: text('status', { enum: ['requested', 'abandoned', 'decided'] }).notNull(),
    /** The office acknowledged the uploaded information is new and was not reviewed before. */
    newInformationAcknowledged: boolean('new_information_acknowledged').notNull().default(false),
    /** The seed's abandonment note, or the office's words with the request. */
    note: text('note'),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    /** The medical director reviewing it: never the one who made the decision under review. */
    assignedUserId: uuid('assigned_user_id').references(() => users.id),
    outcome: text('outcome', { enum: postDecisionOutcomes }),
    reason: text('reason'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (table) => [
    index('post_decision_requests_case_idx').on(table.caseId, table.requestedAt),
    // One open request per case at a time.
    uniqueIndex('post_decision_requests_open_unique').on(table.caseId).where(sql`status = 'requested'`),
  ],
);

/** A medical director's P2P profile: the zone their weekly hours are in, and their skills. */
export const reviewerProfiles = pgTable('reviewer_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  /** IANA zone of the weekly hours ("America/New_York"): wall-clock hours, correct across DST. */
  timeZone: text('time_zone').notNull(),
  programCodes: text('program_codes').array().notNull(),
  specialties: text('specialties').array().notNull(),
  licensedStates: text('licensed_states').array().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Weekly availability as wall-clock hours in the reviewer's zone: weekday 0 = Sunday … 6 = Saturday, "HH:MM". */
export const reviewerWeeklyHours = pgTable(
  'reviewer_weekly_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    weekday: smallint('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
  },
  (table) => [index('reviewer_weekly_hours_user_idx').on(table.userId)],
);

/** Time off: no slots between the instants (UTC). */
export const reviewerTimeOff = pgTable(
  'reviewer_time_off',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    note: text('note'),
  },
  (table) => [index('reviewer_time_off_user_idx').on(table.userId, table.startsAt)],
);

export const p2pOutcomes = ['upheld', 'overturned', 'partially_overturned', 'consultative_only'] as const;

export interface P2pPerformer {
  kind: 'requesting_provider' | 'contact_person' | 'someone_else';
  name: string;
  credential: string | null;
}

export interface P2pCallNote {
  /** The seed's call-note options (e.g. "Procedure was performed on", "Alternative recommendation declined"). */
  kind: string;
  /** Required for "procedure was performed on". */
  date: string | null;
  text: string | null;
}

/**
 * A peer-to-peer appointment: one 15-minute slot of one medical director, for one or more cases of
 * one office. While booked, the (reviewer, start) pair is unique: two offices clicking the same slot
 * at the same moment leave one booking (the database refuses the second).
 */
export const p2pAppointments = pgTable(
  'p2p_appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewerUserId: uuid('reviewer_user_id')
      .notNull()
      .references(() => users.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    requestedByUserId: uuid('requested_by_user_id')
      .notNull()
      .references(() => users.id),
    /** pre_decision: the Medicare clinical consultation before the hold's due date (issue 6 part 7). */
    purpose: text('purpose', { enum: ['post_decision', 'pre_decision'] }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['booked', 'cancelled', 'completed'] }).notNull(),
    performer: jsonb('performer').$type<P2pPerformer>().notNull(),
    phone: text('phone').notNull(),
    phoneExtension: text('phone_extension'),
    alternatePhone: text('alternate_phone'),
    email: text('email').notNull(),
    contactInstructions: text('contact_instructions'),
    callNotes: jsonb('call_notes').$type<P2pCallNote[]>().notNull(),
    /** The zone the requester saw the times in, for the confirmation and emails. */
    requesterTimeZone: text('requester_time_zone').notNull(),
    cancelReason: text('cancel_reason'),
    /** Who cancelled: the office, or the reviewer who cannot keep the time (the office then books another). */
    cancelledBy: text('cancelled_by', { enum: ['office', 'reviewer'] }),
    /** The reviewer's note on the call (each case's outcome is on p2p_appointment_cases). */
    outcomeNote: text('outcome_note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('p2p_appointments_slot_unique').on(table.reviewerUserId, table.startsAt).where(sql`status = 'booked'`),
    index('p2p_appointments_office_idx').on(table.officeId, table.startsAt),
    index('p2p_appointments_reviewer_idx').on(table.reviewerUserId, table.startsAt),
  ],
);

/** The cases an appointment covers, each with its level of review when booked. */
export const p2pAppointmentCases = pgTable(
  'p2p_appointment_cases',
  {
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => p2pAppointments.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** peer_to_peer, peer_to_peer_consultative or pre_decision: what the conversation can do. */
    level: text('level').notNull(),
    /** The last day the P2P may be held for this case (ISO date), as checked when booked. */
    validUntil: date('valid_until'),
    /** Recorded by the reviewer after the call, for each case (a call about several cases may end differently for each). */
    outcome: text('outcome', { enum: p2pOutcomes }),
  },
  (table) => [primaryKey({ columns: [table.appointmentId, table.caseId] }), index('p2p_appointment_cases_case_idx').on(table.caseId)],
);
