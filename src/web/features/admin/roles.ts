import { roleValues } from '../../../contracts/admin.ts';
import type { SessionState } from '../../../contracts/auth.ts';
import { hasPermission } from '../auth/api/get-session.ts';

export type Role = (typeof roleValues)[number];

/**
 * The contract exports the role values but not their labels; these match the server's
 * (UserSummary.roleLabel carries them for existing users).
 */
export const roleLabels: Record<Role, string> = {
  office_user: 'Office user',
  office_admin: 'Office administrator',
  intake_agent: 'Intake agent',
  nurse_reviewer: 'Nurse reviewer',
  medical_director: 'Medical director',
  plan_admin: 'Plan administrator',
  system_admin: 'System administrator',
};

export const officeRoles: Role[] = ['office_user', 'office_admin'];
export const staffRoles: Role[] = roleValues.filter((role) => !officeRoles.includes(role));

export function isStaffAdmin(session: SessionState | undefined): boolean {
  return hasPermission(session, 'staff.users.manage');
}

/**
 * Roles the viewer may give a new user. There is no office list endpoint yet, so a system
 * administrator (who would have to choose the office) creates staff users only.
 */
export function creatableRoles(session: SessionState | undefined): Role[] {
  if (isStaffAdmin(session)) {
    return staffRoles;
  }
  return hasPermission(session, 'office.users.manage') ? officeRoles : [];
}

/** Roles an existing user may be moved to: office users stay within office roles, staff within staff roles. */
export function assignableRoles(session: SessionState | undefined, target: { officeId: string | null }): Role[] {
  if (isStaffAdmin(session)) {
    return target.officeId ? officeRoles : staffRoles;
  }
  return hasPermission(session, 'office.users.manage') ? officeRoles : [];
}

export function roleOptions(roles: Role[]): Array<{ value: Role; label: string }> {
  return roles.map((role) => ({ value: role, label: roleLabels[role] }));
}
