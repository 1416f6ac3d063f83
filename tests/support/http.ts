import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import { eq } from 'drizzle-orm';
import { users } from '../../src/db/schema/users.ts';
import { offices } from '../../src/db/schema/offices.ts';
import { hashPassword } from '../../src/app/security/password-hashing.ts';
import type { Role } from '../../src/domain/accounts/roles.ts';
import type { TestContext } from './test-context.ts';

/** A tiny cookie jar: what a browser would send back on the next request. */
export class Browser {
  private cookies = new Map<string, string>();

  constructor(private readonly app: FastifyInstance) {}

  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const cookieHeader = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      headers: { ...(cookieHeader ? { cookie: cookieHeader } : {}), ...headers },
      ...(body !== undefined ? { payload: body as string | Buffer | object } : {}),
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now() - 1000 * 60 * 60 * 24 * 365)) {
        this.cookies.delete(cookie.name);
      } else {
        this.cookies.set(cookie.name, cookie.value);
      }
    }
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}) => this.request('POST', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);

  /** A multipart form upload, as a browser's file input would send it. */
  upload(url: string, files: Array<{ name: string; bytes: Buffer; type?: string }>, fields: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const boundary = '----priora-test-boundary';
    const parts: Buffer[] = [];
    for (const [name, value] of Object.entries(fields)) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    }
    for (const file of files) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`));
      parts.push(file.bytes, Buffer.from('\r\n'));
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return this.request('POST', url, Buffer.concat(parts), { 'content-type': `multipart/form-data; boundary=${boundary}` });
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  forget(name: string): void {
    this.cookies.delete(name);
  }
}

export const TEST_PASSWORD = 'violet canyon drum 8841 spark';
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export async function createOffice(tc: TestContext, name: string): Promise<string> {
  const now = tc.clock.now();
  const [office] = await tc.ctx.db
    .insert(offices)
    .values({ name, address: '1 Main St', city: 'Franklin', state: 'TN', zip: '37067', phone: '6155550100', portalPreference: 'Priora', createdAt: now, updatedAt: now })
    .returning({ id: offices.id });
  return office!.id;
}

/** An active user with a known password and authenticator seed, created straight in the database. */
export async function createUser(
  tc: TestContext,
  input: { userName: string; role: Role; officeId?: string | null; mfa?: 'totp' | 'email' | 'sms' | null; email?: string },
): Promise<string> {
  const mfa = input.mfa === undefined ? 'totp' : input.mfa;
  const [user] = await tc.ctx.db
    .insert(users)
    .values({
      userName: input.userName,
      email: input.email ?? `${input.userName}@example.test`,
      firstName: 'Test',
      lastName: input.userName,
      role: input.role,
      officeId: input.officeId ?? null,
      status: 'active',
      passwordHash: await hashPassword(TEST_PASSWORD),
      mfaMethod: mfa,
      totpSecretEncrypted: mfa === 'totp' ? tc.ctx.secrets.seal(TEST_TOTP_SECRET) : null,
      mfaPhone: mfa === 'sms' ? '6155550199' : null,
      createdAt: tc.clock.now(),
    })
    .returning({ id: users.id });
  return user!.id;
}

export async function currentTotp(tc: TestContext, secret = TEST_TOTP_SECRET): Promise<string> {
  return generate({ secret, epoch: Math.floor(tc.clock.now().getTime() / 1000) });
}

/** Signs in with password and authenticator code; moves the clock 30 s so each sign-in gets a fresh code. */
export async function signIn(tc: TestContext, userName: string): Promise<Browser> {
  const browser = new Browser(tc.app);
  const login = await browser.post('/api/auth/login', { userName, password: TEST_PASSWORD, agreeToHipaa: true });
  if (login.statusCode !== 200) {
    throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  }
  tc.clock.advance(30_000);
  const verify = await browser.post('/api/auth/mfa/totp/verify', { code: await currentTotp(tc), rememberDevice: false });
  if (verify.statusCode !== 200 || verify.json<{ stage: string }>().stage !== 'authenticated') {
    throw new Error(`second factor failed: ${verify.statusCode} ${verify.body}`);
  }
  return browser;
}

export async function userIdByName(tc: TestContext, userName: string): Promise<string> {
  const [row] = await tc.ctx.db.select({ id: users.id }).from(users).where(eq(users.userName, userName));
  return row!.id;
}
