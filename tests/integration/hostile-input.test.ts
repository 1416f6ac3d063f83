import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { Browser, createOffice, createUser, signIn } from '../support/http.ts';

/**
 * Every endpoint, as every kind of caller, fed hostile input: the answer is always a clear
 * 4xx (or a success), never a server error, and nothing leaks a stack trace or SQL.
 */
const endpoints: Array<{ method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string }> = [
  { method: 'POST', url: '/api/auth/register' },
  { method: 'POST', url: '/api/auth/email-token/inspect' },
  { method: 'POST', url: '/api/auth/set-password' },
  { method: 'POST', url: '/api/auth/reset-password' },
  { method: 'POST', url: '/api/auth/forgot-user-id' },
  { method: 'POST', url: '/api/auth/forgot-password' },
  { method: 'POST', url: '/api/auth/login' },
  { method: 'POST', url: '/api/auth/mfa/totp/start' },
  { method: 'POST', url: '/api/auth/mfa/totp/verify' },
  { method: 'POST', url: '/api/auth/mfa/pin/send' },
  { method: 'POST', url: '/api/auth/mfa/pin/verify' },
  { method: 'POST', url: '/api/auth/keep-alive' },
  { method: 'PUT', url: '/api/account' },
  { method: 'POST', url: '/api/account/password' },
  { method: 'POST', url: '/api/account/mfa/reset' },
  { method: 'POST', url: '/api/account/practitioners/search' },
  { method: 'POST', url: '/api/account/practitioners' },
  { method: 'DELETE', url: '/api/account/practitioners/not-a-uuid' },
  { method: 'POST', url: '/api/users' },
  { method: 'PATCH', url: '/api/users/00000000-0000-4000-8000-000000000000' },
  { method: 'GET', url: '/api/reference/codes?system=ICD10CM&q=%27%3B%20drop%20table%20users%3B--' },
  { method: 'GET', url: '/api/reference/codes?system=HCPCS&q=%3Cscript%3E&limit=99999' },
  { method: 'GET', url: '/api/audit?from=yesterday&limit=-1' },
  { method: 'GET', url: '/api/outbox?channel=pigeon' },
  { method: 'POST', url: '/api/cases' },
  { method: 'PUT', url: '/api/cases/00000000-0000-4000-8000-000000000000/steps/member' },
  { method: 'PUT', url: '/api/cases/00000000-0000-4000-8000-000000000000/steps/../../users' },
  { method: 'POST', url: '/api/cases/00000000-0000-4000-8000-000000000000/attest' },
  { method: 'PUT', url: '/api/cases/00000000-0000-4000-8000-000000000000/urgency' },
  { method: 'POST', url: '/api/cases/00000000-0000-4000-8000-000000000000/documents' },
  { method: 'POST', url: '/api/eligibility/search' },
  { method: 'GET', url: '/api/sites?name=%25%27%3B--&nameMatch=exact' },
  { method: 'GET', url: '/api/cases/in-progress' },
  { method: 'PUT', url: '/api/cases/00000000-0000-4000-8000-000000000000/questionnaire' },
  { method: 'POST', url: '/api/cases/00000000-0000-4000-8000-000000000000/submit' },
  { method: 'GET', url: '/api/cases/00000000-0000-4000-8000-000000000000/review' },
  { method: 'POST', url: '/api/lookup/authorizations' },
  { method: 'POST', url: '/api/eligibility/check' },
  { method: 'GET', url: '/api/cases?sort=password&page=-1' },
  { method: 'GET', url: '/api/cases?q=%27%3B%20select%20pg_sleep(1)%3B--&tab=approved' },
  { method: 'GET', url: '/api/review/queue?assigned=everyone&urgency=%27--' },
  { method: 'GET', url: '/api/cases/00000000-0000-4000-8000-000000000000/upload-rules' },
  { method: 'GET', url: '/api/review/cases/00000000-0000-4000-8000-000000000000' },
  { method: 'POST', url: '/api/review/cases/00000000-0000-4000-8000-000000000000/claim' },
  { method: 'POST', url: '/api/review/cases/00000000-0000-4000-8000-000000000000/decision' },
  { method: 'POST', url: '/api/review/cases/00000000-0000-4000-8000-000000000000/notes' },
  { method: 'POST', url: '/api/admin/policies' },
  { method: 'PATCH', url: '/api/admin/plans/DEMO' },
];

const hostileValue = fc.oneof(
  fc.constantFrom('<script>alert(1)</script>', "' OR 1=1 --", '\u0000', '../../etc/passwd', '%00', '\u202Eevil', '{{7*7}}', 'x'.repeat(100_000)),
  fc.string({ maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 3 }),
);

const fieldNames = ['userName', 'password', 'email', 'confirmEmail', 'token', 'code', 'channel', 'phone', 'npi', 'state', 'zip', 'locationId', 'role', 'status', 'officeName', 'agreeToHipaa', 'rememberDevice', 'purpose', '__proto__', 'constructor'];

const hostileBody = fc.oneof(
  fc.dictionary(fc.constantFrom(...fieldNames), hostileValue, { maxKeys: 8 }),
  hostileValue,
);

let tc: TestContext;
let callers: Record<string, () => Browser>;
beforeAll(async () => {
  tc = await createTestContext();
  const officeId = await createOffice(tc, 'Fuzz Office');
  await createUser(tc, { userName: 'fuzz.admin', role: 'office_admin', officeId });
  await createUser(tc, { userName: 'fuzz.sysadmin', role: 'system_admin' });
  const officeAdmin = await signIn(tc, 'fuzz.admin');
  const sysadmin = await signIn(tc, 'fuzz.sysadmin');
  await createUser(tc, { userName: 'fuzz.md', role: 'medical_director' });
  await createUser(tc, { userName: 'fuzz.planadmin', role: 'plan_admin' });
  const medicalDirector = await signIn(tc, 'fuzz.md');
  const planAdmin = await signIn(tc, 'fuzz.planadmin');
  callers = { anonymous: () => new Browser(tc.app), officeAdmin: () => officeAdmin, sysadmin: () => sysadmin, medicalDirector: () => medicalDirector, planAdmin: () => planAdmin };
});
afterAll(async () => {
  await tc.close();
});

describe('hostile input never causes a server error', () => {
  it('answers every endpoint, for every caller, with a 2xx–4xx and no internals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), fc.constantFrom('anonymous', 'officeAdmin', 'sysadmin', 'medicalDirector', 'planAdmin'), hostileBody, async (endpoint, caller, body) => {
        const browser = callers[caller]!();
        const response = await browser.request(endpoint.method, endpoint.url, endpoint.method === 'GET' ? undefined : JSON.stringify(body), {
          'content-type': 'application/json',
        });
        expect(response.statusCode, `${endpoint.method} ${endpoint.url} as ${caller}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
        expect(response.body).not.toMatch(/at .*\.ts:\d+|syntax error at|relation "|PGlite|drizzle/i);
      }),
      { numRuns: 400 },
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
