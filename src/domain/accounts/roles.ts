/** The seven roles of PRODUCT.md section 1. Members never sign in. */
export const roles = [
  'office_user',
  'office_admin',
  'intake_agent',
  'nurse_reviewer',
  'medical_director',
  'plan_admin',
  'system_admin',
] as const;

export type Role = (typeof roles)[number];

export const officeRoles: readonly Role[] = ['office_user', 'office_admin'];
export const staffRoles: readonly Role[] = ['intake_agent', 'nurse_reviewer', 'medical_director', 'plan_admin', 'system_admin'];

export const roleLabels: Record<Role, string> = {
  office_user: 'Office user',
  office_admin: 'Office administrator',
  intake_agent: 'Intake agent',
  nurse_reviewer: 'Nurse reviewer',
  medical_director: 'Medical director',
  plan_admin: 'Plan administrator',
  system_admin: 'System administrator',
};

export function isOfficeRole(role: Role): boolean {
  return officeRoles.includes(role);
}

/** Clinical and administrative roles see many offices' PHI, so they must use an authenticator app. */
export function requiresAuthenticatorApp(role: Role): boolean {
  return !isOfficeRole(role);
}
