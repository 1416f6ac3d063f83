import { createHash } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { offices } from '../../db/schema/offices.ts';
import { users } from '../../db/schema/users.ts';
import type { Role } from '../../domain/accounts/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { hashPassword } from '../security/password-hashing.ts';

/**
 * Demo sign-ins, one per role, loaded only when LOAD_DEMO_DATA is on (never in production).
 * Their authenticator-app seeds are derived from the user name so `npm run demo:codes`
 * can print the current codes without reading the database.
 */
export const DEMO_PASSWORD = 'tulip harbor lantern 42';

export interface DemoAccount {
  userName: string;
  firstName: string;
  lastName: string;
  role: Role;
  office: 'riverside' | 'lakeside' | null;
}

export const demoAccounts: DemoAccount[] = [
  { userName: 'demo.office', firstName: 'Dana', lastName: 'Whitfield', role: 'office_admin', office: 'riverside' },
  { userName: 'demo.staff', firstName: 'Marcus', lastName: 'Bell', role: 'office_user', office: 'riverside' },
  { userName: 'demo.lakeside', firstName: 'Priya', lastName: 'Raman', role: 'office_admin', office: 'lakeside' },
  { userName: 'demo.intake', firstName: 'Jordan', lastName: 'Lee', role: 'intake_agent', office: null },
  { userName: 'demo.nurse', firstName: 'Helen', lastName: 'Okafor', role: 'nurse_reviewer', office: null },
  { userName: 'demo.md', firstName: 'Samuel', lastName: 'Ortiz', role: 'medical_director', office: null },
  // A second medical director: a reconsideration or appeal goes to one who did not make the decision (C6).
  { userName: 'demo.md2', firstName: 'Miriam', lastName: 'Castellanos', role: 'medical_director', office: null },
  { userName: 'demo.planadmin', firstName: 'Grace', lastName: 'Kim', role: 'plan_admin', office: null },
  { userName: 'demo.admin', firstName: 'Avery', lastName: 'Stone', role: 'system_admin', office: null },
];

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A stable 32-character base32 seed per demo user name (160 bits, like real seeds). */
export function demoTotpSecret(userName: string): string {
  const bytes = createHash('sha256').update(`priora-demo-totp:${userName}`).digest();
  let bits = '';
  for (const byte of bytes.subarray(0, 20)) {
    bits += byte.toString(2).padStart(8, '0');
  }
  let secret = '';
  for (let index = 0; index < bits.length; index += 5) {
    secret += base32Alphabet[Number.parseInt(bits.slice(index, index + 5), 2)];
  }
  return secret;
}

const demoOffices = {
  riverside: { name: 'Riverside Oncology Associates', address: '1200 Market Street, Suite 400', city: 'Philadelphia', state: 'PA', zip: '19107', phone: '2155550140', npi: null, tin: '231234567' },
  lakeside: { name: 'Lakeside Orthopedics', address: '88 Lake Shore Drive', city: 'Chicago', state: 'IL', zip: '60611', phone: '3125550188', npi: null, tin: '361234568' },
} as const;

/** Creates the demo offices and users once; returns false when they already exist. */
export async function seedDemoAccounts(ctx: AppContext): Promise<boolean> {
  const [existing] = await ctx.db.select({ n: count() }).from(users).where(eq(users.userName, 'demo.admin'));
  if ((existing?.n ?? 0) > 0) {
    return false;
  }
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ctx.db.transaction(async (tx) => {
    const officeIds: Record<string, string> = {};
    for (const [key, office] of Object.entries(demoOffices)) {
      const [row] = await tx
        .insert(offices)
        .values({ ...office, portalPreference: 'Priora', createdAt: now, updatedAt: now })
        .returning({ id: offices.id });
      officeIds[key] = row?.id ?? '';
    }
    for (const account of demoAccounts) {
      const officeId = account.office ? (officeIds[account.office] ?? null) : null;
      const [user] = await tx
        .insert(users)
        .values({
          userName: account.userName,
          email: `${account.userName.replace('.', '+')}@demo.priora.local`,
          firstName: account.firstName,
          lastName: account.lastName,
          phone: '2155550100',
          role: account.role,
          officeId,
          status: 'active',
          passwordHash,
          passwordChangedAt: now,
          mfaMethod: 'totp',
          totpSecretEncrypted: ctx.secrets.seal(demoTotpSecret(account.userName)),
          createdAt: now,
        })
        .returning({ id: users.id });
      if (officeId && user && account.role === 'office_admin') {
        await tx.update(offices).set({ primaryContactUserId: user.id }).where(eq(offices.id, officeId));
      }
    }
    await recordAudit(tx, ctx.clock, { action: 'system.demo_accounts_created', outcome: 'success', details: { count: demoAccounts.length } });
  });
  return true;
}
