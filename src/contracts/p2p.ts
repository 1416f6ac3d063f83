import { z } from 'zod';
import { emailSchema, optionalPhoneSchema, optionalTrimmed, phoneSchema, trimmed } from './common.ts';
import { isoDateSchema } from './cases.ts';
import { lineDecisionSchema } from './review.ts';

/**
 * Peer-to-peer scheduling (issue 6 parts 3–7, C6). Endpoints:
 * GET  /api/p2p/availability → AvailabilityView (medical director: own profile, hours, time off)
 * PUT  /api/p2p/availability body availabilitySchema → AvailabilityView
 * GET  /api/p2p/time-zone → { timeZone: string | null }; PUT body timeZoneSchema (confirmed on first use)
 * POST /api/p2p/cases body caseCheckSchema → { cases: P2pCaseView[] } (each case by number and member DOB)
 * GET  /api/p2p/slots ?caseIds&weekStart?&days&hours → SlotsView (no weekStart: from the server's today)
 * POST /api/p2p/appointments body bookingSchema → 201 AppointmentView; 409 with fresh slots when taken
 * GET  /api/p2p/appointments → { appointments: AppointmentView[] } (the office's, or the reviewer's own)
 * GET  /api/p2p/appointments/:id → AppointmentView
 * POST /api/p2p/appointments/:id/reschedule body rescheduleSchema → AppointmentView
 * POST /api/p2p/appointments/:id/cancel body cancelSchema → AppointmentView (the office, or the reviewer holding it)
 * POST /api/p2p/appointments/:id/outcome body outcomeSchema → AppointmentView (the reviewer)
 */

export const timeZoneSchema = z.object({ timeZone: trimmed('Time zone', 60) }).strict();

export const WEEKDAY_LABELS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

export const weeklyRangeSchema = z
  .object({
    weekday: z.number().int().min(0).max(6),
    start: z.string().trim().max(5),
    end: z.string().trim().max(5),
  })
  .strict();

/** Whole days off, in the reviewer's zone: from the start of `from` to the end of `to`. */
export const timeOffSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    note: optionalTrimmed('Note', 200),
  })
  .strict()
  .refine((value) => value.to >= value.from, { path: ['to'], error: 'End on or after the first day off.' });

const codeList = (label: string, pattern: RegExp) => z.array(z.string().trim().regex(pattern, { error: `Choose valid ${label}.` })).max(60);

export const availabilitySchema = z
  .object({
    timeZone: trimmed('Time zone', 60),
    programCodes: codeList('programs', /^[A-Z_]{2,20}$/).min(1, { error: 'Choose at least one program.' }),
    specialties: z.array(trimmed('Specialty', 80)).max(30),
    licensedStates: codeList('states', /^[A-Z]{2}$/).min(1, { error: 'Choose at least one state you are licensed in.' }),
    weeklyHours: z.array(weeklyRangeSchema).max(70),
    timeOff: z.array(timeOffSchema).max(50),
  })
  .strict();
export type AvailabilityInput = z.input<typeof availabilitySchema>;

export interface AvailabilityView {
  timeZone: string;
  programCodes: string[];
  specialties: string[];
  licensedStates: string[];
  weeklyHours: Array<{ weekday: number; start: string; end: string }>;
  timeOff: Array<{ from: string; to: string; note: string | null }>;
  /** False until the reviewer saves a profile: they are offered to no one yet. */
  published: boolean;
  /** Upcoming appointments the hours or time off no longer cover: still booked, to keep or cancel. */
  bookedOutsideAvailability: Array<{ appointmentId: string; startsAt: string }>;
}

export const caseCheckSchema = z
  .object({
    cases: z
      .array(z.object({ caseNumber: trimmed('Case number', 30), dateOfBirth: isoDateSchema }).strict())
      .min(1, { error: 'Add a case.' })
      .max(10, { error: 'At most 10 cases in one appointment.' }),
  })
  .strict();

export type P2pLevel = 'peer_to_peer' | 'peer_to_peer_consultative' | 'pre_decision';
export const P2P_LEVEL_LABELS: Record<P2pLevel, string> = {
  peer_to_peer: 'Peer to Peer (may change the decision)',
  peer_to_peer_consultative: 'Consultative Only Peer to Peer',
  pre_decision: 'Pre-Decision Clinical Consultation',
};

/** Seeds 000/003/004, "P2P Eligibility Result" when a P2P can no longer change the decision (Priora for eviCore). */
export const CONSULTATIVE_ONLY_RESULT =
  'Post-decision options for this case have been exhausted or are not delegated to Priora. You may continue to schedule a Peer to Peer discussion for this case but it will be considered consultative only and the original decision cannot be modified.';

/** One case checked for a P2P: eligible with its level and window, or why not. */
export interface P2pCaseView {
  caseId: string;
  caseNumber: string;
  eligible: boolean;
  /** Why not, or what the conversation can do. */
  message: string;
  level: P2pLevel | null;
  levelLabel: string | null;
  /** The last day (ISO date) a P2P may be held, and the exact end of the window. */
  validUntil: string | null;
  windowEndsAt: string | null;
  programName: string;
  member: { name: string; dateOfBirth: string; state: string; patientId: string; planName: string | null };
}

/** A comma-separated list in the query string ("1,2,3"). */
const csv = z
  .string()
  .max(400)
  .transform((value) => value.split(',').filter((part) => part !== ''));
const numbers = (max: number) => csv.pipe(z.array(z.string().regex(/^\d{1,2}$/).transform(Number).pipe(z.number().int().min(0).max(max))));

export const slotsQuerySchema = z
  .object({
    caseIds: csv.pipe(z.array(z.uuid()).min(1, { error: 'Choose a case.' }).max(10)),
    // Absent: the week starting at the server's today in the requester's zone (a browser's clock may be wrong).
    weekStart: isoDateSchema.optional(),
    days: numbers(6).optional(),
    hours: numbers(23).optional(),
  })
  .strict();

export interface SlotView {
  reviewerUserId: string;
  reviewerName: string;
  startsAt: string;
}

/** A week of free slots in the requester's zone, grouped by reviewer skill priority (1 first), each group by day. */
export interface SlotsView {
  timeZone: string;
  /** The week's first day: the one asked for, else the server's today in `timeZone` (the picker pages from it). */
  weekStart: string;
  windowEndsAt: string;
  groups: Array<{ priority: number; label: string; days: Array<{ date: string; slots: SlotView[] }> }>;
}

export const PERFORMER_KINDS = ['requesting_provider', 'contact_person', 'someone_else'] as const;
export const PERFORMER_LABELS: Record<(typeof PERFORMER_KINDS)[number], string> = {
  requesting_provider: 'Requesting provider',
  contact_person: 'Contact person',
  someone_else: 'Someone else',
};

/** The seed's call-note options (003/004 appendix); the procedure date note needs its date. */
export const CALL_NOTE_OPTIONS = [
  'ALT REC declined',
  'Procedure was performed on',
  'Caller requested MD Specialty match',
  'Appeal LOR attestation requirement',
  'OH State Regulation: Member Consent obtained',
  'TX licensed physician - Caller is aware P2P does not meet SSL match and wants to proceed with P2P per same-specialty match requirement.',
  'TX licensed same specialty - Caller is aware P2P does not meet TX SSL/specialty match and wants to proceed with P2P',
] as const;
export const PROCEDURE_PERFORMED_NOTE = 'Procedure was performed on';

const slotSchema = z.object({ reviewerUserId: z.uuid({ error: 'Choose a time.' }), startsAt: z.iso.datetime({ error: 'Choose a time.' }) }).strict();

export const bookingSchema = z
  .object({
    caseIds: z.array(z.uuid()).min(1, { error: 'Add a case.' }).max(10),
    slot: slotSchema,
    /** The zone the requester saw the times in (their confirmed zone). */
    timeZone: trimmed('Time zone', 60),
    performer: z
      .object({
        kind: z.enum(PERFORMER_KINDS, { error: 'Choose who will perform the P2P.' }),
        name: trimmed('Name', 120),
        credential: optionalTrimmed('Credential', 20),
      })
      .strict(),
    phone: phoneSchema,
    phoneExtension: optionalTrimmed('Extension', 10),
    alternatePhone: optionalPhoneSchema,
    email: emailSchema,
    contactInstructions: optionalTrimmed('Contact instructions', 500),
    callNotes: z
      .array(z.object({ kind: z.enum(CALL_NOTE_OPTIONS), date: isoDateSchema.optional(), text: optionalTrimmed('Note', 500) }).strict())
      .max(CALL_NOTE_OPTIONS.length),
  })
  .strict()
  .superRefine((value, context) => {
    value.callNotes.forEach((note, index) => {
      if (note.kind === PROCEDURE_PERFORMED_NOTE && !note.date) {
        context.addIssue({ code: 'custom', path: ['callNotes', index, 'date'], message: 'Enter the date the procedure was performed.' });
      }
    });
    if (value.performer.kind !== 'contact_person' && !value.performer.credential) {
      context.addIssue({ code: 'custom', path: ['performer', 'credential'], message: 'Choose the credential.' });
    }
  });
export type BookingInput = z.input<typeof bookingSchema>;

export const rescheduleSchema = z.object({ version: z.number().int().min(1), slot: slotSchema }).strict();
export const cancelSchema = z.object({ version: z.number().int().min(1), reason: trimmed('Cancellation reason', 500) }).strict();

export const P2P_OUTCOMES = ['upheld', 'overturned', 'partially_overturned', 'consultative_only'] as const;
export type P2pOutcomeCode = (typeof P2P_OUTCOMES)[number];
export const P2P_OUTCOME_LABELS: Record<P2pOutcomeCode, string> = {
  upheld: 'Decision upheld',
  overturned: 'Decision overturned',
  partially_overturned: 'Decision partially overturned',
  consultative_only: 'Consultative only',
};
/** Outcomes that change the determination: only a case whose level of review is peer_to_peer may have them. */
export const DECISIVE_P2P_OUTCOMES: readonly P2pOutcomeCode[] = ['overturned', 'partially_overturned'];

/**
 * How the call ended, for each of its cases. An overturn (in full or in part) changes the
 * determination and sends a letter, so it needs the reason in `note`; a partial one says what is
 * approved of each line.
 */
export const outcomeSchema = z
  .object({
    version: z.number().int().min(1),
    note: optionalTrimmed('Note', 2000),
    cases: z
      .array(
        z
          .object({
            caseId: z.uuid(),
            outcome: z.enum(P2P_OUTCOMES, { error: 'Choose the outcome.' }),
            lines: z.array(lineDecisionSchema).max(100).optional(),
          })
          .strict(),
      )
      .min(1, { error: 'Choose the outcome.' })
      .max(10),
  })
  .strict()
  .superRefine((value, context) => {
    value.cases.forEach((one, index) => {
      if (one.outcome === 'partially_overturned' && (one.lines ?? []).length === 0) {
        context.addIssue({ code: 'custom', path: ['cases', index, 'lines'], message: 'Say what is approved of each line.' });
      }
    });
    if (!value.note && value.cases.some((one) => DECISIVE_P2P_OUTCOMES.includes(one.outcome))) {
      context.addIssue({ code: 'custom', path: ['note'], message: 'Give the reason for the change: it goes in the letter.' });
    }
  });
export type OutcomeInput = z.input<typeof outcomeSchema>;

export type AppointmentStatus = 'booked' | 'cancelled' | 'completed';

export interface AppointmentView {
  id: string;
  version: number;
  status: AppointmentStatus;
  purpose: 'post_decision' | 'pre_decision';
  startsAt: string;
  endsAt: string;
  /** The requester's zone (the office side) and the reviewer's zone, for showing the time on both sides. */
  requesterTimeZone: string;
  reviewerTimeZone: string;
  reviewer: { userId: string; name: string };
  cases: Array<{
    caseId: string;
    caseNumber: string;
    level: string;
    levelLabel: string;
    validUntil: string | null;
    memberName: string;
    outcome: P2pOutcomeCode | null;
    /** The lines requested, for a partial overturn: to the reviewer only, while the outcome is due. */
    lines: Array<{ lineNumber: number; code: string; description: string; unitsRequested: number; fractionsRequested: number | null }> | null;
  }>;
  performer: { kind: (typeof PERFORMER_KINDS)[number]; name: string; credential: string | null };
  phone: string;
  phoneExtension: string | null;
  alternatePhone: string | null;
  email: string;
  contactInstructions: string | null;
  callNotes: Array<{ kind: string; date: string | null; text: string | null }>;
  cancelReason: string | null;
  /** Who cancelled: the office, or the reviewer (the office may then book another time). */
  cancelledBy: 'office' | 'reviewer' | null;
  /** The cases' outcome when they all ended alike (each case's own is in `cases`). */
  outcome: P2pOutcomeCode | null;
  outcomeNote: string | null;
  /** The call has started (by the server's clock) and no outcome is recorded yet: the reviewer may record it. */
  outcomeDue: boolean;
}

/** The 409 body's details when a slot was just taken: a fresh week of slots to choose from. */
export interface SlotTakenDetails {
  slots: SlotsView;
}
