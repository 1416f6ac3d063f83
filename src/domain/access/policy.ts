import { isOfficeRole, roles, type Role } from '../accounts/roles.ts';
import type { Actor } from './actor.ts';

/**
 * The one access policy. Every use case asks `decide` before it reads or writes, and
 * anything not listed here is denied. An office user asking about another office's
 * data gets `not_found`, never `deny`, so the answer does not reveal that it exists.
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
  | 'review.deny';

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
  'account.practitioners.read': { roles: ['office_user', 'office_admin'], officeScoped: true },
  'account.practitioners.manage': { roles: ['office_user', 'office_admin'], officeScoped: true },
  'office.users.manage': { roles: ['office_admin'], officeScoped: true },
  'staff.users.manage': { roles: ['system_admin'], officeScoped: false },
  'outbox.read': { roles: ['system_admin'], officeScoped: false },
  'audit.read': { roles: ['system_admin'], officeScoped: false },
  'reference.read': { roles, officeScoped: false },
  // Cases belong to an office; intake agents will build them for callers (a later issue).
  'cases.create': { roles: ['office_user', 'office_admin'], officeScoped: true },
  'cases.read': { roles: ['office_user', 'office_admin'], officeScoped: true },
  'cases.update': { roles: ['office_user', 'office_admin'], officeScoped: true },
  // Eligibility lookup reads member PHI: only while building a case for the office.
  'members.search': { roles: ['office_user', 'office_admin'], officeScoped: true },
  // Guidelines, worksheets, code lists and contacts are published material: every signed-in role.
  'resources.read': { roles, officeScoped: false },
  // Plan configuration (C11): plan administrators change it; system administrators may look.
  'plans.read': { roles: ['plan_admin', 'system_admin'], officeScoped: false },
  'plans.manage': { roles: ['plan_admin'], officeScoped: false },
  // Clinical review (C5): nurses approve or escalate; only a physician denies.
  'review.read': { roles: ['nurse_reviewer', 'medical_director'], officeScoped: false },
  'review.decide': { roles: ['nurse_reviewer', 'medical_director'], officeScoped: false },
  'review.deny': { roles: ['medical_director'], officeScoped: false },
};

export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  const rule = rules[action] as Rule | undefined;
  if (!rule) {
    return 'deny';
  }
  // Tenancy comes first and applies to every office resource, whatever the action.
  if (resource.kind === 'office' && isOfficeRole(actor.role) && actor.officeId !== resource.officeId) {
    return 'not_found';
  }
  if (rule.officeScoped && resource.kind !== 'office') {
    return 'deny';
  }
  return rule.roles.includes(actor.role) ? 'allow' : 'deny';
}

/** Whether the role may ever perform the action; the web app uses this to show only what works. */
export function roleMay(role: Role, action: Action): boolean {
  return rules[action].roles.includes(role);
}

export const allActions = Object.keys(rules) as Action[];
