import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { Browser } from '../support/http.ts';
import { latestMessage, linkToken, messagesTo, pinIn } from '../support/outbox.ts';

let tc: TestContext;
beforeAll(async () => {
  tc = await createTestContext();
});
afterAll(async () => {
  await tc.close();
});

const registration = (overrides: Record<string, unknown> = {}) => ({
  portalPreference: 'Priora',
  userName: 'amy.oliphant',
  email: 'amy@franklin-oncology.test',
  confirmEmail: 'amy@franklin-oncology.test',
  firstName: 'Amy',
  lastName: 'Oliphant',
  phone: '(615) 555-0142',
  fax: '615.555.0143',
  address: '730 Cool Springs Blvd',
  city: 'Franklin',
  state: 'TN',
  zip: '37067',
  officeName: 'Franklin Oncology',
  npi: '',
  tin: '',
  ...overrides,
});

const NEW_PASSWORD = 'maple ferry oboe 5521 lantern';

describe('a new office registers, verifies its email, and signs in with an emailed PIN', () => {
  const browser = () => new Browser(tc.app);
  let office: Browser;

  it('accepts the registration and emails a link to create a password', async () => {
    const response = await browser().post('/api/auth/register', registration());
    expect(response.statusCode).toBe(202);
    expect(response.json<{ message: string }>().message).toContain('amy@franklin-oncology.test');
    const email = await latestMessage(tc, 'amy@franklin-oncology.test', 'account.verify_email');
    expect(email.body).toContain('Your user ID is: amy.oliphant');
    expect(email.body).toMatch(/http:\/\/localhost:3000\/verify-email\?token=/);
  });

  it('gives the same answer when the user name is taken, and explains by email instead', async () => {
    const response = await browser().post('/api/auth/register', registration({ email: 'someone@else.test', confirmEmail: 'someone@else.test' }));
    expect(response.statusCode).toBe(202);
    expect(response.json<{ message: string }>().message).toContain('someone@else.test');
    const email = await latestMessage(tc, 'someone@else.test', 'account.user_name_taken');
    expect(email.body).toContain('already in use');
    expect(await messagesTo(tc, 'someone@else.test', 'account.verify_email')).toHaveLength(0);
  });

  it('rejects bad registration input field by field without a server error', async () => {
    const response = await browser().post(
      '/api/auth/register',
      registration({ userName: 'x', email: 'not-an-email', confirmEmail: 'other@x.test', zip: '123', state: 'Tennessee', phone: '12', firstName: '<script>alert(1)</script>'.repeat(10) }),
    );
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{ error: { code: string; fields: Record<string, string> } }>();
    expect(error.code).toBe('validation');
    expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(['userName', 'email', 'zip', 'state', 'phone', 'firstName']));
  });

  it('refuses unknown fields (no mass assignment) and non-JSON bodies', async () => {
    const extra = await browser().post('/api/auth/register', { ...registration({ userName: 'sneaky.user' }), role: 'system_admin' });
    expect(extra.statusCode).toBe(400);
    const text = await new Browser(tc.app).request('POST', '/api/auth/register', 'userName=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(text.statusCode).toBe(415);
  });

  it('shows the user ID for a valid link and refuses a weak or common password', async () => {
    const token = linkToken((await latestMessage(tc, 'amy@franklin-oncology.test', 'account.verify_email')).body);
    const inspect = await browser().post('/api/auth/email-token/inspect', { token, purpose: 'verify_email' });
    expect(inspect.json()).toEqual({ userName: 'amy.oliphant' });

    const short = await browser().post('/api/auth/set-password', { token, password: 'short', confirmPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ error: { fields: Record<string, string> } }>().error.fields['password']).toMatch(/15 characters/);

    const common = await browser().post('/api/auth/set-password', { token, password: 'passwordpassword', confirmPassword: 'passwordpassword' });
    expect(common.statusCode).toBe(400);
    expect(common.json<{ error: { message: string } }>().error.message).toMatch(/breached|repeated/);

    const ownName = await browser().post('/api/auth/set-password', { token, password: 'amy.oliphant is great', confirmPassword: 'amy.oliphant is great' });
    expect(ownName.statusCode).toBe(400);
  });

  it('sets the password once; the link cannot be used again', async () => {
    const token = linkToken((await latestMessage(tc, 'amy@franklin-oncology.test', 'account.verify_email')).body);
    const set = await browser().post('/api/auth/set-password', { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(set.statusCode).toBe(200);
    expect(set.json<{ message: string }>().message).toMatch(/log in/i);
    const again = await browser().post('/api/auth/set-password', { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(again.statusCode).toBe(400);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('invalid_token');
  });

  it('requires the HIPAA agreement to sign in', async () => {
    const response = await browser().post('/api/auth/login', { userName: 'amy.oliphant', password: NEW_PASSWORD, agreeToHipaa: false });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { fields: Record<string, string> } }>().error.fields['agreeToHipaa']).toMatch(/HIPAA/);
  });

  it('asks a first-time office user to set up a second factor, offering all three methods', async () => {
    office = browser();
    const login = await office.post('/api/auth/login', { userName: 'Amy.Oliphant', password: NEW_PASSWORD, agreeToHipaa: true });
    expect(login.statusCode).toBe(200);
    const state = login.json<{ stage: string; mfa: { enrolling: boolean; allowedMethods: string[] } }>();
    expect(state.stage).toBe('mfa');
    expect(state.mfa.enrolling).toBe(true);
    expect(state.mfa.allowedMethods).toEqual(['totp', 'sms', 'email']);
    // Nothing behind sign-in is reachable before the second factor.
    expect((await office.get('/api/account')).statusCode).toBe(401);
  });

  it('counts wrong PINs, replaces the PIN on resend, and accepts the current one', async () => {
    const first = await office.post('/api/auth/mfa/pin/send', { channel: 'email' });
    expect(first.statusCode).toBe(200);
    expect(first.json<{ sentTo: string }>().sentTo).toMatch(/^am•+@franklin-oncology\.test$/);
    const oldPin = pinIn((await latestMessage(tc, 'amy@franklin-oncology.test', 'mfa.pin')).body);

    const wrong = await office.post('/api/auth/mfa/pin/verify', { code: oldPin === '000000' ? '111111' : '000000', rememberDevice: false });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ error: { details: { attemptsLeft: number } } }>().error.details.attemptsLeft).toBe(4);

    tc.clock.advance(1000);
    await office.post('/api/auth/mfa/pin/send', { channel: 'email' });
    const newPin = pinIn((await latestMessage(tc, 'amy@franklin-oncology.test', 'mfa.pin')).body);
    if (newPin !== oldPin) {
      const stale = await office.post('/api/auth/mfa/pin/verify', { code: oldPin, rememberDevice: false });
      expect(stale.statusCode).toBe(400);
    }
    const beforeCookie = office.cookie('priora_session');
    const ok = await office.post('/api/auth/mfa/pin/verify', { code: newPin, rememberDevice: true });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ stage: string; permissions: string[] }>().stage).toBe('authenticated');
    expect(ok.json<{ permissions: string[] }>().permissions).toContain('account.update');
    // The session id changes at each step of sign-in.
    expect(office.cookie('priora_session')).not.toBe(beforeCookie);
    expect(office.cookie('priora_device')).toBeTruthy();

    const account = await office.get('/api/account');
    expect(account.statusCode).toBe(200);
    expect(account.json<{ office: { name: string }; me: { mfaMethod: string } }>()).toMatchObject({ office: { name: 'Franklin Oncology', fax: '6155550143' }, me: { mfaMethod: 'email' } });
  });

  it('a remembered device skips the PIN but never the password', async () => {
    const device = office.cookie('priora_device')!;
    const returning = new Browser(tc.app);
    returning.setCookie('priora_device', device);
    const wrongPassword = await returning.post('/api/auth/login', { userName: 'amy.oliphant', password: 'not the password at all', agreeToHipaa: true });
    expect(wrongPassword.statusCode).toBe(401);
    const login = await returning.post('/api/auth/login', { userName: 'amy.oliphant', password: NEW_PASSWORD, agreeToHipaa: true });
    expect(login.json<{ stage: string }>().stage).toBe('authenticated');
    // The device token was rotated: the old value does not work a second time.
    expect(returning.cookie('priora_device')).not.toBe(device);
    const replay = new Browser(tc.app);
    replay.setCookie('priora_device', device);
    const replayed = await replay.post('/api/auth/login', { userName: 'amy.oliphant', password: NEW_PASSWORD, agreeToHipaa: true });
    expect(replayed.json<{ stage: string }>().stage).toBe('mfa');
  });

  it('logout really ends the session: the old cookie no longer works', async () => {
    const token = office.cookie('priora_session')!;
    expect((await office.post('/api/auth/logout')).statusCode).toBe(204);
    const stale = new Browser(tc.app);
    stale.setCookie('priora_session', token);
    expect((await stale.get('/api/account')).statusCode).toBe(401);
    expect((await stale.get('/api/auth/session')).json<{ stage: string }>().stage).toBe('anonymous');
  });
});

describe('hostile and malformed input', () => {
  it('answers broken JSON, wrong types and oversized bodies with a clear 4xx, never a 500', async () => {
    const browser = new Browser(tc.app);
    const broken = await browser.request('POST', '/api/auth/login', '{"userName": ', { 'content-type': 'application/json' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json<{ error: { message: string } }>().error.message).toBe('The request could not be read.');

    const wrongTypes = await browser.post('/api/auth/login', { userName: 42, password: ['x'], agreeToHipaa: 'yes' });
    expect(wrongTypes.statusCode).toBe(400);

    const polluted = await browser.request('POST', '/api/auth/forgot-user-id', '{"email":"a@b.test","__proto__":{"admin":true}}', { 'content-type': 'application/json' });
    expect(polluted.statusCode).toBe(400);
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();

    const huge = await browser.post('/api/auth/forgot-password', { userName: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
  });
});
