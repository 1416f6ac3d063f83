import { isOfficeRole, type Role } from '../../contracts/roles.ts';

export { isOfficeRole, officeRoles, roleLabels, roles, staffRoles, type Role } from '../../contracts/roles.ts';

/** Clinical and administrative roles see many offices' PHI, so they must use an authenticator app. */
export function requiresAuthenticatorApp(role: Role): boolean {
  return !isOfficeRole(role);
}
