import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Browser } from '../support/http.ts';
import { wellsenseFacetBlockForReview } from '../support/case-requests.ts';
import { samplePdf } from '../support/sample-files.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import { ABANDONED_BY_WEB_USER_NOTE } from '../../src/contracts/post-decision.ts';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { apiSessionOf, deniedThroughApi } from './support/review.ts';

/**
 * Issue 6 part 2 in the browser: demo.office on a commercial facet block denied by demo.md sees
 * P2P availability and all post decision options; answers "No" on one case (the seed's note),
 * and "Yes" on another with new clinicals and the acknowledgement. demo.md, who denied it, may
 * not review the reconsideration; demo.md2 claims it and overturns the denial.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** A two-level facet block with three weeks of conservative care, denied by demo.md. */
async function deniedFacetBlock(office: Browser, md: Browser, daysAhead: number): Promise<string> {
  const request = wellsenseFacetBlockForReview(new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10));
  return (await deniedThroughApi(harness, office, md, request, 'Three weeks of conservative care; six are needed first.')).caseId;
}

void test('an office asks for a reconsideration of a denial; a medical director who did not deny it overturns it', async () => {
  const office = await newPage(harness);
  const md = await newPage(harness);
  const md2 = await newPage(harness);
  let current: Page = office.page;
  try {
    await signInAsDemo(office.page, harness.baseUrl, 'demo.office');
    await signInAsDemo(md.page, harness.baseUrl, 'demo.md');
    const officeApi = await apiSessionOf(harness, office.page);
    const mdApi = await apiSessionOf(harness, md.page);
    // Dr. Okonkwo on the office's account, as Manage Your Account adds him.
    const added = await officeApi.post('/api/account/practitioners', { locationId: demoOrthopedicSurgeon.locations[0]!.id });
    assert.ok([201, 409].includes(added.statusCode), added.body);
    const declined = await deniedFacetBlock(officeApi, mdApi, 20);
    const asked = await deniedFacetBlock(officeApi, mdApi, 21);

    // The denied case: P2P availability and every option with its last day.
    await office.page.goto(`${harness.baseUrl}/cases/${declined}/detail`);
    await office.page.getByRole('heading', { name: 'P2P availability' }).waitFor();
    await office.page.getByText(/^Peer to Peer Review allowed through Priora until \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    const options = office.page.getByRole('table', { name: 'All post decision options' });
    assert.match(await options.getByRole('row', { name: /^Reconsideration/ }).innerText(), /Until \d{2}\/\d{2}\/\d{4}/i);
    await office.page.getByText(/^Reconsideration allowed through Priora until/).waitFor();
    // The commercial appeal is the plan's: its contact, not a form.
    await office.page.getByText(/First Level Appeals for this case are decided by WellSense Health Plan, not by Priora: contact the plan/).waitFor();
    // Seed 000: expedited and post-service appeals by phone, to whoever decides appeals (here the plan).
    await office.page.getByText(/Expedited or Post-Service Appeals must be initiated by calling WellSense Health Plan at \(\d{3}\) \d{3}-\d{4}/).waitFor();
    await office.page.getByText('Note: Select ‘No’ to go back to schedule a Peer-to-Peer.').waitFor();

    // "No": the seed's note, on the page and in the case's history; nothing is used up ("at this time").
    const question = office.page.getByRole('radiogroup', { name: 'Would you like to process a Reconsideration?' });
    await office.page.getByRole('button', { name: 'SUBMIT' }).click();
    await office.page.getByText('Answer Yes or No.').waitFor();
    await question.getByLabel('No').check();
    await office.page.getByRole('button', { name: 'SUBMIT' }).click();
    await office.page.getByRole('status').getByText(ABANDONED_BY_WEB_USER_NOTE).waitFor();
    await office.page.getByRole('cell', { name: ABANDONED_BY_WEB_USER_NOTE }).waitFor();
    assert.match(await options.getByRole('row', { name: /^Reconsideration/ }).innerText(), /Until \d{2}\/\d{2}\/\d{4}/i);
    assert.equal(await question.getByLabel('No').isChecked(), false, 'the question is asked afresh');

    // "Yes" on the other case: new clinicals, the acknowledgement, the seed's success message.
    await office.page.goto(`${harness.baseUrl}/cases/${asked}/detail`);
    await office.page.getByRole('radiogroup', { name: 'Would you like to process a Reconsideration?' }).getByLabel('Yes').check();
    await office.page.getByRole('button', { name: 'SUBMIT' }).click();
    await office.page.getByText(/^New or additional clinical is required when submitting a Post Decision Review request online/).waitFor();
    await office.page.locator('input[type="file"]').setInputFiles({ name: 'therapy-notes.pdf', mimeType: 'application/pdf', buffer: samplePdf('six weeks of therapy') });
    await office.page.getByRole('button', { name: 'UPLOAD' }).click();
    await office.page.getByRole('status').getByText('Uploaded').waitFor();
    await office.page.getByRole('button', { name: 'SUBMIT' }).click();
    await office.page.getByText(/Only new clinical information, not previously reviewed, can start a post decision review\./).waitFor();
    await office.page.getByLabel(/^Do you acknowledge that the uploaded clinical information/).check();
    await office.page.getByRole('button', { name: 'SUBMIT' }).click();
    await office.page.getByText('Your Post Decision Review request has been successfully submitted.').waitFor();
    await office.page.getByRole('row', { name: /^Status.*Additional Information Received, Pending Medical Director Review/ }).waitFor();
    assert.deepEqual(office.problems, []);

    // demo.md denied it: the queue marks the reconsideration; its page says it goes to another medical director, and offers no claim.
    current = md.page;
    await md.page.goto(`${harness.baseUrl}/review`);
    await md.page.getByRole('row').filter({ hasText: 'Reconsideration: Additional Information Received, Pending Medical Director Review' }).first().waitFor();
    await md.page.goto(`${harness.baseUrl}/review/cases/${asked}`);
    await md.page.getByRole('heading', { name: 'Under Reconsideration' }).waitFor();
    await md.page.getByText('You made a decision under review: this Reconsideration goes to a medical director who did not.').waitFor();
    assert.equal(await md.page.getByRole('button', { name: /Claim/ }).count(), 0, 'no claim for the director who denied it');

    // demo.md2 claims it and overturns the denial.
    current = md2.page;
    await signInAsDemo(md2.page, harness.baseUrl, 'demo.md2');
    await md2.page.goto(`${harness.baseUrl}/review/cases/${asked}`);
    await md2.page.getByText(/The decision under review: Denied by Samuel Ortiz/).waitFor();
    await md2.page.getByRole('button', { name: 'Claim the Reconsideration' }).click();
    await md2.page.getByRole('row', { name: /^Assignee.*Miriam Castellanos/ }).waitFor();
    await md2.page.getByRole('radiogroup', { name: 'Outcome' }).getByLabel('Overturned', { exact: true }).check();
    await md2.page.getByRole('button', { name: 'Record the outcome' }).click();
    await md2.page.getByText('Reason is required.').waitFor();
    await md2.page.getByLabel('Reason').fill('The new therapy notes document six weeks of conservative care.');
    await md2.page.getByRole('button', { name: 'Record the outcome' }).click();
    await md2.page.getByRole('row', { name: /^Status.*Approved/ }).waitFor();
    assert.deepEqual(md2.problems, []);

    // The office: approved with an authorization number, the outcome letter, nothing left to ask for.
    current = office.page;
    await office.page.reload();
    await office.page.getByRole('row', { name: /^Status.*Approved/ }).waitFor();
    assert.match(await office.page.getByRole('row', { name: /^Authorization Number/ }).innerText(), /A\d+/);
    await office.page.getByRole('region', { name: 'Correspondence' }).getByRole('row', { name: /Outcome of the reconsideration/ }).first().waitFor();
    await office.page.getByText(/Reconsideration decided: original decision overturned/).waitFor();
    assert.equal(await office.page.getByRole('table', { name: 'All post decision options' }).count(), 0);
    assert.deepEqual(office.problems, []);
  } catch (error) {
    await current.screenshot({ path: '/tmp/e2e-reconsideration-failure.png', fullPage: true });
    throw error;
  }
});
