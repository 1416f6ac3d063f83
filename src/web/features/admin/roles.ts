import { isOfficeRole, officeRoles, roleLabels, staffRoles, type Role } from '../../../contracts/roles.ts';
import type { SessionState } from '../../../contracts/auth.ts';
import { hasPermission } from '../auth/api/get-session.ts';

export { isOfficeRole, roleLabels, type Role };

export function isStaffAdmin(session: SessionState | undefined): boolean {
  return hasPermission(session, 'staff.users.manage');
}

/** Roles the viewer may give a new user: a system administrator any (choosing the office for office roles). */
export function creatableRoles(session: SessionState | undefined): readonly Role[] {
  if (isStaffAdmin(session)) {
    return [...staffRoles, ...officeRoles];
  }
  return hasPermission(session, 'office.users.manage') ? officeRoles : [];
}

/** Roles an existing user may be moved to: office users stay within office roles, staff within staff roles. */
export function assignableRoles(session: SessionState | undefined, target: { officeId: string | null }): readonly Role[] {
  if (isStaffAdmin(session)) {
    return target.officeId ? officeRoles : staffRoles;
  }
  return hasPermission(session, 'office.users.manage') ? officeRoles : [];
}

export function roleOptions(roles: readonly Role[]): Array<{ value: Role; label: string }> {
  return roles.map((role) => ({ value: role, label: roleLabels[role] }));
}
