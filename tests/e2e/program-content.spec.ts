import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { continueStep, pickFromCombobox, typedDate } from './support/wizard.ts';

/**
 * Program content as a new user builds it in the browser, every wizard step, through the demo
 * plan (every program) with Dr. Brandt from the Lakeside office: a home sleep test approved at
 * once, a colonoscopy for abdominal pain alone that goes to review with its unmet criterion on
 * the review page, and a lung cancer regimen approved with a line per drug.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});


/** A fresh page, with room for a busy machine. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const opened = await newPage(harness);
  opened.page.setDefaultTimeout(30_000);
  return opened;
}

/** Chooses an answer of a radio question; a plain string is the whole label ('No' is not 'Unknown'). */
const radio = (scope: Page | Locator, question: RegExp, answer: string | RegExp) =>
  scope.getByRole('radiogroup', { name: question }).getByRole('radio', { name: answer, exact: typeof answer === 'string' }).check();

const nora = { patientId: '900000601', dateOfBirth: '03/28/1967', lastName: 'Lindqvist' };
const walter = { patientId: '900000602', dateOfBirth: '09/17/1951', lastName: 'Kowalczyk' };

interface DemoRequest {
  program: string;
  member: { patientId: string; dateOfBirth: string; lastName: string };
  procedure: { typed: string; option: RegExp };
  diagnosis: { typed: string; option: RegExp };
}

/**
 * From the home page to the clinical questions as Lakeside builds a request for Dr. Brandt with
 * the demo plan: program, provider, plan and address, contact, member, date, service, site,
 * attestation, urgency.
 */
async function requestUpToQuestions(page: Page, request: DemoRequest): Promise<void> {
  await page.getByRole('link', { name: 'Clinical Certification' }).first().click();
  await page.getByRole('radio', { name: request.program, exact: true }).check();
  await continueStep(page);

  await page.getByRole('button', { name: /SELECT Brandt/ }).first().click();
  await pickFromCombobox(page, 'Health Plan', 'Priora Demo', /Priora Demo Health Plan/);
  // The demo plan's address only: the Aetna Better Health address is not offered for it.
  const addresses = page.getByRole('radiogroup', { name: /Provider Address/ }).getByRole('radio');
  assert.equal(await addresses.count(), 1, 'one address of Dr. Brandt is registered with the demo plan');
  await addresses.first().check();
  await continueStep(page);

  await continueStep(page, 'CONFIRM FAX AND CONTINUE');

  await page.getByLabel('Patient ID').fill(request.member.patientId);
  await page.getByLabel('Date of Birth').fill(request.member.dateOfBirth);
  await page.getByLabel('Patient Last Name').fill(request.member.lastName);
  await page.getByRole('button', { name: 'ELIGIBILITY LOOKUP' }).click();
  await page.getByRole('button', { name: new RegExp(`SELECT ${request.member.lastName}`) }).click();
  await page.getByLabel('Unknown', { exact: true }).check();
  await continueStep(page);

  await page.getByRole('heading', { name: 'Date of Service' }).waitFor();
  await page.getByRole('textbox', { name: /date/i }).first().fill(typedDate(14));
  await page.keyboard.press('Escape'); // close the calendar that covers the buttons
  await continueStep(page);

  await pickFromCombobox(page, 'Procedure', request.procedure.typed, request.procedure.option);
  await pickFromCombobox(page, 'Primary Diagnosis', request.diagnosis.typed, request.diagnosis.option);
  await continueStep(page);
  await radio(page, /rendering this procedure in your office/, 'No');
  await continueStep(page);

  await page.getByLabel('Site Name').fill('Lakeshore');
  await page.getByRole('button', { name: 'LOOKUP SITE' }).click();
  await page.getByRole('button', { name: /^SELECT/ }).first().click();
  await continueStep(page);

  await page.getByLabel(/^I acknowledge that the clinical information/).check();
  await continueStep(page, 'CONFIRM AND CONTINUE');

  await radio(page, /Is this case Routine\/Standard/, 'Yes');
  await continueStep(page);
  await page.getByRole('heading', { name: 'Clinical Information' }).waitFor();
}

/** Criteria met on the review page, then SUBMIT CASE: the approval and its authorization number. */
async function submitApproved(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Review and Submit' }).waitFor();
  await page.getByText('Criteria Met', { exact: true }).first().waitFor();
  await page.getByLabel(/^I acknowledge that the clinical information/).check();
  await page.getByRole('button', { name: 'SUBMIT CASE' }).click();
  await page.getByText('Your case has been Approved').first().waitFor();
  const authorization = (await page.getByText(/A5\d{8}/).first().innerText()).match(/A5\d{8}/)?.[0];
  assert.ok(authorization, 'an authorization number is shown');
  return authorization;
}

/** The rows of the approved-lines table, each cell under its column heading. */
async function approvedRows(page: Page): Promise<Array<Record<string, string>>> {
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Units' }) }).first();
  await table.waitFor();
  const headings = (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  const rows = table.locator('tbody tr');
  const out: Array<Record<string, string>> = [];
  for (let index = 0; index < (await rows.count()); index += 1) {
    const cells = (await rows.nth(index).getByRole('cell').allInnerTexts()).map((text) => text.trim());
    out.push(Object.fromEntries(headings.map((heading, column) => [heading, cells[column] ?? ''])));
  }
  return out;
}

void test('sleep: a home sleep test for typical signs of apnea is approved at once', async () => {
  const { page, problems } = await openPage();
  try {
    await signInAsDemo(page, harness.baseUrl, 'demo.lakeside');
    await requestUpToQuestions(page, {
      program: 'Sleep management',
      member: nora,
      procedure: { typed: 'G0399', option: /G0399/ },
      diagnosis: { typed: 'G47.33', option: /G47\.33/ },
    });

    await page.getByLabel(/On what date did a practitioner evaluate the patient/).fill(typedDate(-14));
    await page.keyboard.press('Escape');
    await page.getByLabel('Loud, frequent snoring', { exact: true }).check();
    await page.getByLabel(/^Pauses in breathing, gasping or choking/).check();
    await page.getByLabel(/^Excessive daytime sleepiness/).check();
    await page.getByLabel(/^Body mass index of 30 or more/).check();
    await page.getByLabel('None of these: a home test is suitable', { exact: true }).check();
    await radio(page, /diagnostic sleep study .* in the last 12 months/, 'No');
    await continueStep(page);

    await submitApproved(page);
    const rows = await approvedRows(page);
    assert.deepEqual(
      rows.map((row) => [row['Code'], row['Units']]),
      [['G0399', '1']],
      `the home sleep test is approved: ${JSON.stringify(rows)}`,
    );
    assert.deepEqual(problems, []);
  } catch (error) {
    await page.screenshot({ path: '/tmp/e2e-content-sleep-failure.png', fullPage: true });
    throw error;
  }
});

void test('GI: a colonoscopy for abdominal pain alone shows its unmet criterion on the review page and goes to clinical review', async () => {
  const { page, problems } = await openPage();
  try {
    await signInAsDemo(page, harness.baseUrl, 'demo.lakeside');
    await requestUpToQuestions(page, {
      program: 'Gastroenterology',
      member: walter,
      procedure: { typed: '45378', option: /45378/ },
      diagnosis: { typed: 'R10.84', option: /R10\.84/ },
    });

    await radio(page, /What is the main reason for the colonoscopy/, /^Symptoms or signs/);
    await page.getByLabel(/How old is the patient/).fill('74');
    await radio(page, /Has the patient had a colonoscopy before/, 'No');
    await page.getByLabel('Abdominal pain', { exact: true }).check();
    await continueStep(page);

    await page.getByRole('heading', { name: 'Review and Submit' }).waitFor();
    await page.getByText('Criteria not met', { exact: true }).first().waitFor();
    const notMet = page.getByRole('row').filter({ has: page.getByText('Not met', { exact: true }) });
    assert.equal(await notMet.count(), 1, 'one criterion is not met');
    assert.match(await notMet.innerText(), /Bleeding, iron-deficiency anemia, a lasting change in bowel habits/, 'the symptoms criterion is the one not met');
    assert.match(await notMet.innerText(), /Abdominal pain/, 'with the answer that did not meet it');

    await radio(page, /any additional information specific to the member/, /I have no additional information/);
    await page.getByLabel(/^I acknowledge that the clinical information/).check();
    await page.getByRole('button', { name: 'SUBMIT CASE' }).click();
    await page.getByText('Your case has been sent to clinical review.').first().waitFor();
    assert.equal(await page.getByText('Authorization Number').count(), 0, 'no authorization number before the clinical review');
    assert.deepEqual(problems, []);
  } catch (error) {
    await page.screenshot({ path: '/tmp/e2e-content-gi-failure.png', fullPage: true });
    throw error;
  }
});

void test('medical oncology: carboplatin, pemetrexed and pembrolizumab for lung cancer is approved with a line per drug', async () => {
  const { page, problems } = await openPage();
  try {
    await signInAsDemo(page, harness.baseUrl, 'demo.lakeside');
    await requestUpToQuestions(page, {
      program: 'Medical oncology pathways',
      member: walter,
      procedure: { typed: 'J9305', option: /J9305/ },
      diagnosis: { typed: 'C34.12', option: /C34\.12/ },
    });

    await radio(page, /What type of cancer is being treated/, 'Non-small cell lung cancer');
    await radio(page, /What is the stage of the cancer/, /^Metastatic or recurrent/);
    await radio(page, /Which line of treatment/, 'First line');
    await radio(page, /What is the histology/, /^Nonsquamous/);
    await radio(page, /driver alteration/, /^No: tested, none found/);
    await radio(page, /PD-L1 tumor proportion score/, '1% to 49%');
    await radio(page, /Which regimen is planned/, /^Carboplatin, pemetrexed and pembrolizumab/);
    await radio(page, /performance status \(ECOG\)/, /^0: fully active/);
    await page.getByLabel(/current weight, in kg/).fill('72');
    await page.getByLabel(/body surface area, in m²/).fill('1.8');
    await page.getByLabel(/How many days is each cycle/).fill('21');

    const drugs: Array<{ code: string; basis: RegExp; dose: string; cycles: string }> = [
      { code: 'J9045', basis: /^A fixed dose in mg/, dose: '650', cycles: '4' },
      { code: 'J9305', basis: /^mg per m²/, dose: '500', cycles: '6' },
      { code: 'J9271', basis: /^A fixed dose in mg/, dose: '200', cycles: '6' },
    ];
    for (const [index, drug] of drugs.entries()) {
      if (index === 0) {
        if (await page.getByRole('button', { name: /^Add Drugs of the regimen/ }).isVisible()) {
          await page.getByRole('button', { name: /^Add Drugs of the regimen/ }).click();
        }
      } else {
        await page.getByRole('button', { name: /^Enter another/ }).click();
      }
      const entry = page.getByRole('group', { name: `Drugs of the regimen ${index + 1}` });
      await pickFromCombobox(page, 'Drug (HCPCS code)', drug.code, new RegExp(drug.code), entry);
      await radio(entry, /How is the dose given/, drug.basis);
      await entry.getByLabel(/Dose per administration/).fill(drug.dose);
      await entry.getByLabel(/How many doses of this drug in each cycle/).fill('1');
      await entry.getByLabel(/For how many cycles/).fill(drug.cycles);
    }
    await continueStep(page);

    await submitApproved(page);
    const rows = await approvedRows(page);
    // 650 mg ÷ 50 mg = 13 units × 4 cycles; 500 mg/m² × 1.8 m² ÷ 10 mg = 90 units × 6; 200 × 6.
    assert.deepEqual(
      rows.map((row) => [row['Code'], row['Units']]),
      [
        ['J9045', '52'],
        ['J9305', '540'],
        ['J9271', '1200'],
      ],
      `a line per drug in billing units: ${JSON.stringify(rows)}`,
    );
    assert.deepEqual(problems, []);
  } catch (error) {
    await page.screenshot({ path: '/tmp/e2e-content-medonc-failure.png', fullPage: true });
    throw error;
  }
});
