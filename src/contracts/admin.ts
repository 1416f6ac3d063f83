import { z } from 'zod';
import { emailSchema, optionalPhoneSchema, optionalTrimmed, trimmed, userNameSchema } from './common.ts';

import { roles } from './roles.ts';

/**
 * GET /api/users → { users: UserSummary[] }: a system administrator sees staff and every
 * office's users; an office administrator sees the users of their office.
 * POST /api/users → 201 UserSummary: creates the user and emails a link to set a password.
 *   System administrators create any role (office roles need officeId); office administrators
 *   create office_user / office_admin in their own office (officeId ignored).
 * PATCH /api/users/:id { role?, status? } → UserSummary (same limits).
 */
export const createUserSchema = z
  .object({
    userName: userNameSchema,
    email: emailSchema,
    firstName: trimmed('First name', 50),
    lastName: trimmed('Last name', 50),
    phone: optionalPhoneSchema,
    role: z.enum(roles, { error: 'Choose a role.' }),
    officeId: z.uuid().optional(),
  })
  .strict();

export const updateUserSchema = z
  .object({ role: z.enum(roles).optional(), status: z.enum(['active', 'disabled']).optional() })
  .strict();

export interface UserSummary {
  id: string;
  userName: string;
  firstName: string;
  lastName: string;
  email: string;
  role: string;
  roleLabel: string;
  status: 'pending_verification' | 'active' | 'disabled';
  officeId: string | null;
  officeName: string | null;
  mfaMethod: string | null;
  createdAt: string;
}

/** GET /api/outbox?channel=&template=&limit= → { messages: OutboxMessageView[] } (system administrators). */
export interface OutboxMessageView {
  id: string;
  channel: 'email' | 'sms' | 'fax' | 'mail';
  recipient: string;
  subject: string;
  body: string;
  template: string;
  status: 'pending' | 'sent' | 'kept' | 'failed';
  attempts: number;
  createdAt: string;
  deliveredAt: string | null;
  lastError: string | null;
  /** A fax or mail message that carries a letter: GET /api/outbox/:id/letter opens its PDF. */
  letterId: string | null;
}

/** GET /api/offices → { offices: OfficeOption[] } (system administrators, to place a new office user). */
export interface OfficeOption {
  id: string;
  name: string;
  city: string;
  state: string;
}

/** GET /api/audit/verify: the first break in the hash chain, if any. */
export type AuditChainProblem =
  | { kind: 'gap'; expectedSequence: number; foundSequence: number }
  | { kind: 'broken_link'; sequence: number }
  | { kind: 'altered'; sequence: number };

export interface AuditChainVerification {
  ok: boolean;
  /** How many events were verified (before the problem, when there is one). */
  checked: number;
  problem: AuditChainProblem | null;
}

/** GET /api/audit?actor=<user name>&action=&memberId=&from=&to=&limit= → { events: AuditEventView[] } */
export interface AuditEventView {
  sequence: number;
  occurredAt: string;
  actorUserId: string | null;
  actorUserName: string | null;
  actorRole: string | null;
  officeId: string | null;
  action: string;
  outcome: string;
  objectType: string | null;
  objectId: string | null;
  memberId: string | null;
  ipAddress: string | null;
}

export const optionalSearch = optionalTrimmed('Search', 100);
