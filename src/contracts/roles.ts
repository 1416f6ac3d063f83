/**
 * The seven roles of PRODUCT.md section 1 and how people read them. Shared by the server
 * (src/domain/accounts/roles.ts builds its rules on these) and the web app.
 */
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

export const roleLabels: Record<Role, string> = {
  office_user: 'Office user',
  office_admin: 'Office administrator',
  intake_agent: 'Intake agent',
  nurse_reviewer: 'Nurse reviewer',
  medical_director: 'Medical director',
  plan_admin: 'Plan administrator',
  system_admin: 'System administrator',
};

/** Office roles belong to one provider office (the tenant); the others are plan or vendor staff. */
export const officeRoles: readonly Role[] = ['office_user', 'office_admin'];
export const staffRoles: readonly Role[] = roles.filter((role) => !officeRoles.includes(role));

export function isOfficeRole(role: Role): boolean {
  return officeRoles.includes(role);
}
