import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { generate } from 'otplib';
import { newPage, readOutbox, signInAsDemo, startHarness, type Harness } from './support/harness.ts';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

void test('a system administrator adds a nurse reviewer, who must set up an authenticator app', async () => {
  const { page: admin, problems } = await newPage(harness);
  const { page: nurse } = await newPage(harness);
  const base = harness.baseUrl;

  await signInAsDemo(admin, base, 'demo.admin');
  await admin.getByRole('link', { name: 'Users' }).click();
  await admin.getByRole('heading', { name: 'Users' }).waitFor();
  await admin.getByRole('button', { name: 'Create user' }).click();
  await admin.getByLabel('First Name').fill('Nora');
  await admin.getByLabel('Last Name').fill('Quinn');
  await admin.getByLabel('User Name').fill('nora.quinn');
  await admin.getByLabel('Email', { exact: true }).fill('nora.quinn@vendor.test');
  await admin.getByLabel('Role').click();
  await admin.getByRole('option', { name: 'Nurse reviewer' }).click();
  await admin.getByRole('button', { name: 'Save and email invitation' }).click();
  await admin.getByText('User created').waitFor();

  const invitation = await readOutbox(admin, /an account was created for you/);
  const link = /(http:\/\/\S+\/verify-email\?token=[\w-]+)/.exec(invitation)?.[1];
  assert.ok(link);
  await nurse.goto(link);
  await nurse.getByText('User ID: nora.quinn').waitFor();
  const password = 'harbor willow cobalt 1987 finch';
  await nurse.getByLabel('New password', { exact: true }).fill(password);
  await nurse.getByLabel('Confirm new password').fill(password);
  await nurse.getByRole('button', { name: 'Create password' }).click();
  await nurse.getByText('Your password is set. Please log in.').waitFor();

  await nurse.getByLabel('User ID', { exact: true }).fill('nora.quinn');
  await nurse.getByLabel('Password', { exact: true }).fill(password);
  await nurse.getByLabel('I agree to HIPAA Disclosure').check();
  await nurse.getByRole('button', { name: 'LOGIN' }).click();
  await nurse.getByRole('heading', { name: 'Set up multi-factor authentication' }).waitFor();
  // Clinical staff are offered the authenticator app only.
  assert.equal(await nurse.getByLabel('Text message (SMS)').count(), 0);
  await nurse.getByText('Your role uses an authenticator app.').waitFor();
  await nurse.getByRole('button', { name: 'Continue' }).click();
  await nurse.getByRole('img', { name: /QR code/ }).waitFor();
  const secret = (await nurse.getByLabel('Authenticator key').innerText()).replace(/\s+/g, '');
  await nurse.getByLabel('Enter 6-digit code').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) }));
  await nurse.getByRole('button', { name: 'Continue' }).click();
  await nurse.getByRole('heading', { name: 'Welcome to Priora' }).waitFor();
  // A nurse has no office account, so the menu does not offer one.
  assert.equal(await nurse.getByRole('link', { name: 'Manage Your Account' }).count(), 0);

  assert.deepEqual(problems, []);
});

void test("one office cannot reach another office's data by changing an ID", async () => {
  const { page: riverside } = await newPage(harness);
  const { page: lakeside } = await newPage(harness);
  const base = harness.baseUrl;
  await signInAsDemo(riverside, base, 'demo.office');
  await signInAsDemo(lakeside, base, 'demo.lakeside');

  const own = (await (await riverside.request.get(`${base}/api/account/practitioners`)).json()) as { practitioners: Array<{ id: string }> };
  const target = own.practitioners[0]?.id;
  assert.ok(target, 'the Riverside demo office has a practitioner');

  const removal = await lakeside.request.delete(`${base}/api/account/practitioners/${target}`);
  assert.equal(removal.status(), 404);
  const theirs = (await (await lakeside.request.get(`${base}/api/account/practitioners`)).json()) as { practitioners: Array<{ id: string }> };
  assert.ok(!theirs.practitioners.some((row) => row.id === target));
  // Still there for its owner.
  const after = (await (await riverside.request.get(`${base}/api/account/practitioners`)).json()) as { practitioners: Array<{ id: string }> };
  assert.ok(after.practitioners.some((row) => row.id === target));
  // And office staff cannot open administrator pages.
  assert.equal((await riverside.request.get(`${base}/api/outbox`)).status(), 403);
});
