import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { Browser, createOffice, createUser, currentTotp, signIn, TEST_PASSWORD } from '../support/http.ts';
import { latestMessage, pinIn } from '../support/outbox.ts';
import { MINUTE } from '../../src/domain/shared/clock.ts';

let tc: TestContext;
let officeId: string;
beforeAll(async () => {
  tc = await createTestContext();
  officeId = await createOffice(tc, 'Security Test Office');
  await createUser(tc, { userName: 'real.user', role: 'office_user', officeId });
  await createUser(tc, { userName: 'pin.user', role: 'office_user', officeId, mfa: 'email', email: 'pin.user@example.test' });
  await createUser(tc, { userName: 'new.nurse', role: 'nurse_reviewer', mfa: null });
  await createUser(tc, { userName: 'idle.user', role: 'office_user', officeId });
});
afterAll(async () => {
  await tc.close();
});

const login = (browser: Browser, userName: string, password = TEST_PASSWORD) =>
  browser.post('/api/auth/login', { userName, password, agreeToHipaa: true });

describe('sign-in gives nothing away and slows down guessing', () => {
  it('answers an unknown user name exactly like a wrong password', async () => {
    const unknown = await login(new Browser(tc.app), 'nobody.here', 'some wrong password');
    const wrong = await login(new Browser(tc.app), 'real.user', 'some wrong password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.json<{ error: { message: string } }>().error.message).toBe('The user ID or password is incorrect.');
  });

  it('blocks a name after repeated failures, the same way whether or not it exists', async () => {
    for (const name of ['real.user', 'ghost.user']) {
      const browser = new Browser(tc.app);
      for (let attempt = 0; attempt < 6; attempt += 1) {
        await login(browser, name, 'wrong password number ' + attempt);
      }
      const blocked = await login(browser, name, name === 'real.user' ? TEST_PASSWORD : 'x');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json<{ error: { message: string } }>().error.message).toMatch(/Too many unsuccessful sign-in attempts\. Try again in \d+ seconds?\./);
      expect(blocked.headers['retry-after']).toBeDefined();
    }
    // Waiting out the delay lets the real user in.
    tc.clock.advance(5 * MINUTE);
    expect((await login(new Browser(tc.app), 'real.user')).statusCode).toBe(200);
  });

  it('refuses cross-site form posts', async () => {
    const response = await new Browser(tc.app).request('POST', '/api/auth/login', { userName: 'real.user', password: TEST_PASSWORD, agreeToHipaa: true }, { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
  });

  it('marks API responses no-store and sets security headers', async () => {
    const response = await new Browser(tc.app).get('/api/auth/session');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});

describe('second factor', () => {
  it('burns a PIN after five wrong tries and expires it after ten minutes', async () => {
    const browser = new Browser(tc.app);
    await login(browser, 'pin.user');
    await browser.post('/api/auth/mfa/pin/send', { channel: 'email' });
    const pin = pinIn((await latestMessage(tc, 'pin.user@example.test', 'mfa.pin')).body);
    const wrong = pin === '123456' ? '654321' : '123456';
    let last;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      last = await browser.post('/api/auth/mfa/pin/verify', { code: wrong, rememberDevice: false });
    }
    expect(last?.json<{ error: { message: string } }>().error.message).toMatch(/Too many wrong codes/);
    // A sixth try, even with the right PIN, gets a clear message and no server error.
    const sixth = await browser.post('/api/auth/mfa/pin/verify', { code: pin, rememberDevice: false });
    expect(sixth.statusCode).toBe(400);
    expect(sixth.json<{ error: { message: string } }>().error.message).toBe('Too many wrong codes. This code can no longer be used: send a new code.');

    tc.clock.advance(30 * MINUTE); // let the second-factor throttle cool down
    const fresh = new Browser(tc.app);
    await login(fresh, 'pin.user');
    await fresh.post('/api/auth/mfa/pin/send', { channel: 'email' });
    const timely = pinIn((await latestMessage(tc, 'pin.user@example.test', 'mfa.pin')).body);
    tc.clock.advance(10 * MINUTE + 1000);
    const late = await fresh.post('/api/auth/mfa/pin/verify', { code: timely, rememberDevice: false });
    expect(late.statusCode).toBe(401); // the whole sign-in step has expired with it
  });

  it('a PIN sent for one sign-in does not work in another', async () => {
    tc.clock.advance(30 * MINUTE);
    const first = new Browser(tc.app);
    await login(first, 'pin.user');
    await first.post('/api/auth/mfa/pin/send', { channel: 'email' });
    const pin = pinIn((await latestMessage(tc, 'pin.user@example.test', 'mfa.pin')).body);
    const second = new Browser(tc.app);
    await login(second, 'pin.user');
    const stolen = await second.post('/api/auth/mfa/pin/verify', { code: pin, rememberDevice: false });
    expect(stolen.statusCode).toBe(400);
    // Failed tries of any sign-in slow down the next one for this user a little.
    tc.clock.advance(MINUTE);
    expect((await first.post('/api/auth/mfa/pin/verify', { code: pin, rememberDevice: false })).statusCode).toBe(200);
  });

  it('makes clinical staff enrol an authenticator app and refuses PINs for them', async () => {
    const browser = new Browser(tc.app);
    const state = (await login(browser, 'new.nurse')).json<{ mfa: { enrolling: boolean; allowedMethods: string[] } }>();
    expect(state.mfa).toMatchObject({ enrolling: true, allowedMethods: ['totp'] });
    expect((await browser.post('/api/auth/mfa/pin/send', { channel: 'email' })).statusCode).toBe(400);

    const start = await browser.post('/api/auth/mfa/totp/start');
    const { secret, otpauthUri, qrCodeDataUrl } = start.json<{ secret: string; otpauthUri: string; qrCodeDataUrl: string }>();
    expect(otpauthUri).toContain('issuer=Priora');
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const epoch = Math.floor(tc.clock.now().getTime() / 1000);
    const code = await generate({ secret, epoch });
    const verified = await browser.post('/api/auth/mfa/totp/verify', { code, rememberDevice: true });
    expect(verified.json<{ stage: string }>().stage).toBe('authenticated');
    // Staff never get a remembered device.
    expect(browser.cookie('priora_device')).toBeUndefined();

    // The same code cannot be replayed in a new sign-in.
    const again = new Browser(tc.app);
    await login(again, 'new.nurse');
    expect((await again.post('/api/auth/mfa/totp/verify', { code, rememberDevice: false })).statusCode).toBe(400);
  });
});

describe('session lifetime', () => {
  it('ends after 15 idle minutes, and the status check does not count as activity', async () => {
    const browser = await signIn(tc, 'idle.user');
    tc.clock.advance(14 * MINUTE);
    expect((await browser.get('/api/auth/session')).json<{ stage: string }>().stage).toBe('authenticated');
    tc.clock.advance(2 * MINUTE);
    expect((await browser.get('/api/auth/session')).json<{ stage: string }>().stage).toBe('anonymous');
    expect((await browser.get('/api/account')).statusCode).toBe(401);
  });

  it('keeps an active session alive but ends it at the 12-hour absolute limit', async () => {
    const browser = await signIn(tc, 'idle.user');
    for (let hour = 0; hour < 11; hour += 1) {
      for (let step = 0; step < 6; step += 1) {
        tc.clock.advance(10 * MINUTE);
        expect((await browser.post('/api/auth/keep-alive')).json<{ stage: string }>().stage).toBe('authenticated');
      }
    }
    tc.clock.advance(61 * MINUTE);
    expect((await browser.post('/api/auth/keep-alive')).json<{ stage: string }>().stage).toBe('anonymous');
  });

  it('a password change signs out other sessions and forgets remembered devices', async () => {
    const first = await signIn(tc, 'idle.user');
    const second = await signIn(tc, 'idle.user');
    const change = await first.post('/api/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'quiet meadow piano 2044 lamp', confirmPassword: 'quiet meadow piano 2044 lamp' });
    expect(change.statusCode).toBe(200);
    expect((await first.get('/api/account')).statusCode).toBe(200);
    expect((await second.get('/api/account')).statusCode).toBe(401);
    const wrongCurrent = await first.post('/api/account/password', { currentPassword: 'nope', newPassword: 'another long pass phrase 77', confirmPassword: 'another long pass phrase 77' });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json<{ error: { fields: Record<string, string> } }>().error.fields['currentPassword']).toBeDefined();
  });
});

describe('TOTP clock tolerance', () => {
  it('accepts the code of the previous 30-second step', async () => {
    tc.clock.advance(60 * MINUTE);
    const browser = new Browser(tc.app);
    await login(browser, 'real.user');
    const code = await currentTotp(tc);
    tc.clock.advance(30_000);
    expect((await browser.post('/api/auth/mfa/totp/verify', { code, rememberDevice: false })).statusCode).toBe(200);
  });
});
