import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, readOutbox, signInAsDemo, startHarness, type Harness } from './support/harness.ts';

/**
 * The journey of the issue: a new office registers, opens the link from the outbox, sets a
 * password, signs in with an emailed PIN, adds a practitioner, and signs out.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

void test('a new office registers, verifies, signs in with MFA, adds a practitioner and signs out', async () => {
  const { page: office, problems } = await newPage(harness);
  const { page: admin } = await newPage(harness);
  const base = harness.baseUrl;

  // Register: a mistake is shown on its field and nothing typed is lost.
  await office.goto(`${base}/login`);
  await office.getByRole('link', { name: 'Register Now' }).click();
  await office.getByLabel('Default Portal').click();
  await office.getByRole('option', { name: 'Priora' }).click();
  await office.getByLabel('User Name').fill('jane.doe');
  await office.getByLabel('Email', { exact: true }).fill('jane.doe@franklin.test');
  await office.getByLabel('Confirm Email').fill('jane.doe@franklin.example');
  await office.getByLabel('First Name').fill('Jane');
  await office.getByLabel('Last Name').fill('Doe');
  await office.getByLabel('Phone', { exact: true }).fill('(615) 555-0100');
  await office.getByLabel('Address').fill('730 Cool Springs Blvd');
  await office.getByLabel('City').fill('Franklin');
  await office.getByLabel('State', { exact: true }).fill('Tenn');
  await office.getByRole('option', { name: /Tennessee/ }).click();
  await office.getByLabel('Zip').fill('37067');
  await office.getByLabel('Office Name').fill('Franklin <b>Family</b> Medicine');
  await office.getByRole('button', { name: 'Submit Registration' }).click();
  await office.getByText('The two email addresses do not match.').waitFor();
  assert.equal(await office.getByLabel('Office Name').inputValue(), 'Franklin <b>Family</b> Medicine');
  await office.getByLabel('Confirm Email').fill('jane.doe@franklin.test');
  await office.getByRole('button', { name: 'Submit Registration' }).click();
  await office.getByRole('heading', { name: 'Check your email' }).waitFor();

  // The administrator finds the verification email in the outbox.
  await signInAsDemo(admin, base, 'demo.admin');
  const email = await readOutbox(admin, /verify your email/);
  const link = /(http:\/\/\S+\/verify-email\?token=[\w-]+)/.exec(email)?.[1];
  assert.ok(link, 'the email carries a verification link');

  // Set a password: a weak one is refused with the reason.
  await office.goto(link);
  await office.getByText('User ID: jane.doe').waitFor();
  await office.getByLabel('New password', { exact: true }).fill('password12345678');
  await office.getByLabel('Confirm new password').fill('password12345678');
  await office.getByRole('button', { name: 'Create password' }).click();
  await office.getByText(/common password|breached|sequence/).first().waitFor();
  const password = 'maple orbit saddle quartz';
  await office.getByLabel('New password', { exact: true }).fill(password);
  await office.getByLabel('Confirm new password').fill(password);
  await office.getByRole('button', { name: 'Create password' }).click();
  await office.getByText('Your password is set. Please log in.').waitFor();

  // Sign in and set up an emailed PIN as the second factor.
  await office.getByLabel('User ID', { exact: true }).fill('jane.doe');
  await office.getByLabel('Password', { exact: true }).fill(password);
  await office.getByLabel('I agree to HIPAA Disclosure').check();
  await office.getByRole('button', { name: 'LOGIN' }).click();
  await office.getByRole('heading', { name: 'Set up multi-factor authentication' }).waitFor();
  await office.getByLabel('Email', { exact: true }).check();
  await office.getByRole('button', { name: 'Continue' }).click();
  await office.getByRole('button', { name: 'Send PIN' }).click();
  await office.getByText("We've sent a code to").waitFor();

  // A wrong PIN is explained; the right one (from the outbox) gets in.
  await office.getByLabel('Enter 6-digit code').fill('000000');
  await office.getByRole('button', { name: 'Continue' }).click();
  await office.getByText(/That code is not right|Too many wrong codes/).first().waitFor();
  const pinMessage = await readOutbox(admin, /verification code/);
  const pin = /\b(\d{6})\b/.exec(pinMessage)?.[1];
  assert.ok(pin && pin !== '000000', 'the outbox holds the PIN');
  await office.getByLabel('Enter 6-digit code').fill(pin);
  await office.getByRole('button', { name: 'Continue' }).click();
  await office.getByRole('heading', { name: 'Welcome to Priora' }).waitFor();
  await office.getByText('Providers must be added to your account').waitFor();

  // Manage Your Account: a bad NPI is refused; a real one is found and added.
  await office.getByRole('link', { name: 'Manage Your Account' }).first().click();
  await office.getByText('No providers on file').waitFor();
  await office.getByRole('link', { name: 'ADD PROVIDER' }).click();
  await office.getByLabel('Practitioner NPI').fill('1915732088');
  await office.getByLabel('Practitioner State').fill('Massa');
  await office.getByRole('option', { name: /Massachusetts/ }).click();
  await office.getByLabel('Practitioner Zip').fill('02114');
  await office.getByRole('button', { name: 'FIND MATCHES' }).click();
  await office.getByText(/check digit/).first().waitFor();
  await office.getByLabel('Practitioner NPI').fill('1915732089');
  await office.getByRole('button', { name: 'FIND MATCHES' }).click();
  await office.getByRole('button', { name: /ADD THIS PRACTITIONER/ }).first().click();
  await office.getByText(/Okonkwo.*was added to your account/).waitFor();
  await office.getByRole('button', { name: 'CONTINUE' }).click();
  await office.getByRole('cell', { name: '1915732089' }).waitFor();

  // Sign out: the session is over, and the account page is out of reach.
  await office.getByRole('button', { name: /Log out/i }).click();
  await office.getByRole('button', { name: 'LOGIN' }).waitFor();
  await office.goto(`${base}/account`);
  await office.getByRole('button', { name: 'LOGIN' }).waitFor();
  const session = await office.request.get(`${base}/api/auth/session`);
  assert.equal((await session.json() as { stage: string }).stage, 'anonymous');

  assert.deepEqual(problems, []);
});
