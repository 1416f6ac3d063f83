import { roles, type Role } from '../accounts/roles.ts';
import type { Actor } from './actor.ts';

/**
 * The one access policy. Every use case asks `decide` before it reads or writes, and
 * anything not listed here is denied. An office user asking about another office's
 * data gets `not_found`, never `deny`, so the answer does not reveal that it exists.
 *
 * An intake agent on a call (C10) acts for the caller's office: the session's acting office is
 * the actor's office, so the agent works through the portal's own use cases under the same
 * tenancy, and between calls has no office and may do nothing office-scoped.
 */
export type Action =
  | 'account.read'
  | 'account.update'
  | 'account.practitioners.read'
  | 'account.practitioners.manage'
  | 'office.users.manage'
  | 'staff.users.manage'
  | 'outbox.read'
  | 'audit.read'
  | 'reference.read'
  | 'cases.create'
  | 'cases.read'
  | 'cases.update'
  | 'members.search'
  | 'resources.read'
  | 'plans.read'
  | 'plans.manage'
  | 'review.read'
  | 'review.decide'
  | 'review.deny'
  | 'cases.amend'
  | 'intake.calls'
  | 'p2p.request'
  | 'p2p.availability'
  | 'p2p.review';

export type Resource = { kind: 'office'; officeId: string } | { kind: 'system' };

export type Decision = 'allow' | 'deny' | 'not_found';

interface Rule {
  roles: readonly Role[];
  /** Office-scoped actions are allowed only on the actor's own office. */
  officeScoped: boolean;
}


const rules: Record<Action, Rule> = {
  'account.read': { roles: ['office_user', 'office_admin'], officeScoped: true },
  'account.update': { roles: ['office_admin'], officeScoped: true },
  // Building a case needs the office's providers, and may add one found by NPI (seed 003), on a call too.
  'account.practitioners.read': { roles: ['office_user', 'office_admin', 'intake_agent'], officeScoped: true },
  'account.practitioners.manage': { roles: ['office_user', 'office_admin', 'intake_agent'], officeScoped: true },
  'office.users.manage': { roles: ['office_admin'], officeScoped: true },
  'staff.users.manage': { roles: ['system_admin'], officeScoped: false },
  'outbox.read': { roles: ['system_admin'], officeScoped: false },
  'audit.read': { roles: ['system_admin'], officeScoped: false },
  'reference.read': { roles, officeScoped: false },
  // Cases belong to an office; intake agents build and track them for the office on the call (C10).
  'cases.create': { roles: ['office_user', 'office_admin', 'intake_agent'], officeScoped: true },
  'cases.read': { roles: ['office_user', 'office_admin', 'intake_agent'], officeScoped: true },
  'cases.update': { roles: ['office_user', 'office_admin', 'intake_agent'], officeScoped: true },
  // Authorization updates (C5: site or code, or a new case for a radiation technique or fractions) are made by phone.
  'cases.amend': { roles: ['intake_agent'], officeScoped: true },
  // Eligibility lookup reads member PHI: only while building a case for the office.
  'members.search': { roles: ['office_user', 'office_admin', 'intake_agent'], officeScoped: true },
  // Finding a caller's office by NPI or TIN, and starting or ending a call for it.
  'intake.calls': { roles: ['intake_agent'], officeScoped: false },
  // Guidelines, worksheets, code lists and contacts are published material: every signed-in role.
  'resources.read': { roles, officeScoped: false },
  // Plan configuration (C11): plan administrators change it; system administrators may look.
  'plans.read': { roles: ['plan_admin', 'system_admin'], officeScoped: false },
  'plans.manage': { roles: ['plan_admin'], officeScoped: false },
  // Clinical review (C5): nurses approve or escalate; only a physician denies.
  'review.read': { roles: ['nurse_reviewer', 'medical_director'], officeScoped: false },
  'review.decide': { roles: ['nurse_reviewer', 'medical_director'], officeScoped: false },
  'review.deny': { roles: ['medical_director'], officeScoped: false },
  // Peer-to-peer (C6): the office (or an intake agent on its call) books with a physician reviewer;
  // medical directors publish their hours and hold the calls.
  'p2p.request': { roles: ['office_user', 'office_admin', 'intake_agent'], officeScoped: true },
  'p2p.availability': { roles: ['medical_director'], officeScoped: false },
  'p2p.review': { roles: ['medical_director'], officeScoped: false },
};

export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  const rule = rules[action] as Rule | undefined;
  if (!rule) {
    return 'deny';
  }
  // Tenancy comes first and applies to every office resource, whatever the action, for whoever
  // speaks for an office: its staff, or an intake agent on a call for it.
  if (resource.kind === 'office' && actor.officeId !== null && actor.officeId !== resource.officeId) {
    return 'not_found';
  }
  if (rule.officeScoped && (resource.kind !== 'office' || actor.officeId === null)) {
    return 'deny';
  }
  return rule.roles.includes(actor.role) ? 'allow' : 'deny';
}

/**
 * Whether the actor may perform the action on their own office (or at all, for system actions);
 * the web app uses this to show only what works, so an intake agent's office menus appear only
 * during a call.
 */
export function actorMay(actor: Pick<Actor, 'role' | 'officeId'>, action: Action): boolean {
  const rule = rules[action];
  return rule.roles.includes(actor.role) && (!rule.officeScoped || actor.officeId !== null);
}

export const allActions = Object.keys(rules) as Action[];
