import type { Role } from '../accounts/roles.ts';

/** Who is asking: the signed-in user as the policy sees them. */
export interface Actor {
  userId: string;
  role: Role;
  /** The office (tenant) of an office user; null for plan and vendor staff. */
  officeId: string | null;
  ipAddress: string | null;
}
