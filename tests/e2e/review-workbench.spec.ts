import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONSULTATIVE_ONLY_RESULT } from '../../src/contracts/p2p.ts';
import type { Page } from 'playwright-core';
import { samplePdf } from '../support/sample-files.ts';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { TREMBLAY } from './support/wizard.ts';
import { officeSendsCaseToReview, openFromQueue } from './support/review.ts';

/**
 * Issue 5's reviewer workbench in the browser: an office sends a two-level lumbar facet block that
 * does not meet criteria to clinical review; the nurse reviewer finds it in the Review queue,
 * claims it (a second tab that acted on a stale copy is told and reloads), notes it, holds it for
 * therapy notes, and after the office's upload escalates it; the medical director approves the
 * first level and not the second. A Medicare request cannot be denied before the pre-decision
 * notice.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});


const rowText = async (page: Page, label: string) => (await page.getByRole('row', { name: new RegExp(`^${label}`) }).first().innerText()).replace(label, '').trim();

void test('a nurse claims, holds and escalates a case the office sent to review, and the medical director partially approves it', async () => {
  const office = await newPage(harness);
  const nurse = await newPage(harness);
  const md = await newPage(harness);
  let current: Page = office.page;
  try {
    const caseNumber = await officeSendsCaseToReview(harness, office.page);
    assert.deepEqual(office.problems, []);

    // The nurse finds the case in the queue, unassigned, and opens it.
    current = nurse.page;
    await signInAsDemo(nurse.page, harness.baseUrl, 'demo.nurse');
    await openFromQueue(nurse.page, caseNumber);
    assert.equal(await rowText(nurse.page, 'Assignee'), 'Unassigned');
    await nurse.page.getByRole('heading', { name: 'Guideline criteria' }).waitFor();
    assert.ok((await nurse.page.getByText('Not met', { exact: true }).count()) > 0, 'the unmet criteria are shown');
    await nurse.page.getByRole('heading', { name: 'Clinical answers' }).waitFor();
    await nurse.page.getByText(/Internal: never shown to the office/).first().waitFor();

    // A second tab claims first; the first tab's claim rests on a stale copy and is refused with a reload.
    const second = await nurse.page.context().newPage();
    current = second;
    await second.goto(nurse.page.url());
    await second.getByRole('heading', { name: `Case ${caseNumber}`, level: 1 }).waitFor();
    await second.getByRole('button', { name: 'Claim' }).click();
    await second.getByRole('row', { name: /^Assignee.*Helen Okafor/ }).waitFor();
    await second.close();
    current = nurse.page;

    await nurse.page.getByRole('button', { name: 'Claim' }).click();
    await nurse.page.getByRole('button', { name: 'Reload case' }).waitFor();
    await nurse.page.getByRole('button', { name: 'Reload case' }).click();
    await nurse.page.getByRole('row', { name: /^Assignee.*Helen Okafor/ }).waitFor();
    await nurse.page.getByRole('button', { name: 'Reload case' }).waitFor({ state: 'detached' });
    assert.equal(await nurse.page.getByRole('button', { name: 'Claim' }).count(), 0, 'a claimed case offers no Claim');

    // An internal note, then the escalation with its reason.
    const note = 'Only two weeks of conservative care documented; asking Dr. Ortiz.';
    await nurse.page.getByLabel('Internal note', { exact: true }).fill(note);
    await nurse.page.getByRole('button', { name: 'Add note' }).click();
    await nurse.page.getByRole('region', { name: 'Internal notes' }).getByText(note).waitFor();
    assert.equal(await nurse.page.getByLabel('Internal note', { exact: true }).inputValue(), '', 'the note form is emptied once saved');

    // Put on hold for therapy notes: the office is asked, and the case waits for them.
    await nurse.page.getByRole('button', { name: 'Put on hold' }).click();
    const holdDialog = nurse.page.getByRole('dialog');
    await holdDialog.getByLabel('Physical therapy or conservative care notes').check();
    await holdDialog.getByRole('button', { name: 'Put on hold' }).click();
    await holdDialog.waitFor({ state: 'hidden' });
    await nurse.page.getByRole('row', { name: /^Status.*On hold/ }).waitFor();

    // The office sees what is needed on its case and uploads it before the due date.
    current = office.page;
    const caseId = /\/cases\/([0-9a-f-]{36})/.exec(office.page.url())?.[1];
    assert.ok(caseId, 'the office is on its case');
    await office.page.goto(`${harness.baseUrl}/cases/${caseId}/detail`);
    await office.page.getByText(/On hold: please send the following by/).waitFor();
    await office.page.getByText('Physical therapy or conservative care notes', { exact: true }).waitFor();
    await office.page.locator('input[type="file"]').setInputFiles({ name: 'therapy-notes.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    await office.page.getByRole('button', { name: 'UPLOAD' }).click();
    await office.page.getByRole('status').getByText('Uploaded').waitFor();
    assert.deepEqual(office.problems, []);

    // Back in the queue as "Additional Information Received"; the nurse claims it again and escalates.
    current = nurse.page;
    await nurse.page.reload();
    await nurse.page.getByRole('row', { name: /^Status.*Additional Information Received/ }).waitFor();
    await nurse.page.getByRole('button', { name: 'Claim' }).click();
    await nurse.page.getByRole('row', { name: /^Assignee.*Helen Okafor/ }).waitFor();

    await nurse.page.getByRole('button', { name: 'Escalate to medical director' }).click();
    const escalate = nurse.page.getByRole('dialog');
    // Nothing typed: the contract's message, and no request.
    await escalate.getByRole('button', { name: 'Escalate', exact: true }).click();
    await escalate.getByText('Say why a medical director should review it.').waitFor();
    await escalate.getByLabel('Reason for escalation').fill('Conservative care shorter than the guideline asks; worsening radicular pain. Please review.');
    await escalate.getByRole('button', { name: 'Escalate', exact: true }).click();
    await escalate.waitFor({ state: 'hidden' });
    await nurse.page.getByRole('row', { name: /^Status.*medical/i }).waitFor();
    assert.equal(await nurse.page.getByRole('button', { name: 'Escalate to medical director' }).count(), 0, 'an escalated case is not escalated again');
    assert.equal(await nurse.page.getByRole('button', { name: 'Deny', exact: true }).count(), 0, 'a nurse never denies');
    assert.deepEqual(nurse.problems, []);

    // The medical director opens it, claims it when it is not already theirs, and denies it.
    current = md.page;
    await signInAsDemo(md.page, harness.baseUrl, 'demo.md');
    await openFromQueue(md.page, caseNumber);
    await md.page.getByRole('region', { name: 'Internal notes' }).getByText(note).waitFor();
    if (await md.page.getByRole('button', { name: 'Claim' }).isVisible()) {
      await md.page.getByRole('button', { name: 'Claim' }).click();
      await md.page.getByRole('row', { name: /^Assignee.*Samuel Ortiz/ }).waitFor();
    }
    await md.page.getByRole('button', { name: 'Partially approve', exact: true }).click();
    const partial = md.page.getByRole('dialog');
    const criteria = partial.getByRole('group', { name: /Criteria not met/ }).getByRole('checkbox');
    await criteria.first().waitFor();
    const count = await criteria.count();
    assert.ok(count > 0, 'the unmet criteria are offered');
    for (let index = 0; index < count; index += 1) {
      assert.equal(await criteria.nth(index).isChecked(), true, 'unmet criteria start checked');
    }
    // Everything left as requested is an approval, not a partial one: the server says so and nothing is lost.
    const reason = 'The guideline asks for 6 weeks of conservative care before a block at a second level; the first level is approved.';
    await partial.getByLabel('Specific reason the rest is not approved').fill(reason);
    await partial.getByRole('button', { name: 'Partially approve', exact: true }).click();
    await partial.getByText(/approve the request instead/).first().waitFor();
    assert.equal(await partial.getByLabel('Specific reason the rest is not approved').inputValue(), reason, 'the reason stays');
    // The second level (64494) is not approved.
    await partial.getByLabel('Units approved, line 2').fill('0');
    await partial.getByRole('button', { name: 'Partially approve', exact: true }).click();
    await partial.waitFor({ state: 'hidden' });

    const determination = md.page.getByRole('region', { name: 'Determination' });
    await determination.waitFor();
    assert.match(await determination.getByRole('row', { name: /^Outcome/ }).innerText(), /Partially Approved/);
    assert.match(await determination.getByRole('row', { name: /^Reason/ }).innerText(), /6 weeks of conservative care/);
    assert.match(await determination.getByRole('row', { name: /^Decided by/ }).innerText(), /Ortiz/);
    assert.match(await determination.getByRole('row', { name: /^Authorization Number/ }).innerText(), /A\d+/);
    assert.match(await rowText(md.page, 'Status'), /Partially Approved/i);
    const lines = md.page.getByRole('table', { name: 'Service lines' });
    assert.match(await lines.getByRole('row', { name: /64493/ }).innerText(), /Approved/);
    assert.match(await lines.getByRole('row', { name: /64494/ }).innerText(), /Denied/);
    for (const action of ['Claim', 'Approve', 'Deny', 'Partially approve', 'Escalate to medical director']) {
      assert.equal(await md.page.getByRole('button', { name: action, exact: true }).count(), 0, `no ${action} once decided`);
    }
    // The partial approval's letters: listed on the office's case, the PDF opens, and the outbox holds the fax and the member's mail.
    current = office.page;
    await office.page.reload();
    await office.page.getByText(/Partially Approved/).first().waitFor();
    const correspondence = office.page.getByRole('region', { name: 'Correspondence' });
    const partialLetter = correspondence.getByRole('row', { name: /Partial approval of authorization request/ });
    await partialLetter.waitFor();
    assert.match(await partialLetter.innerText(), /Ordering provider/i);
    await correspondence.getByRole('row', { name: /Request for additional clinical information/ }).first().waitFor();
    const href = await partialLetter.getByRole('link', { name: /^Open Partial approval/ }).getAttribute('href');
    assert.ok(href, 'the letter has a link');
    const pdf = await office.page.request.get(`${harness.baseUrl}${href}`);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(office.problems, []);

    const admin = await newPage(harness);
    current = admin.page;
    await signInAsDemo(admin.page, harness.baseUrl, 'demo.admin');
    await admin.page.goto(`${harness.baseUrl}/admin/outbox`);
    await admin.page.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor();
    await admin.page.getByRole('cell', { name: new RegExp(`Part of your care was approved: case ${caseNumber}`) }).first().waitFor();
    await admin.page.getByRole('cell', { name: new RegExp(`Partial approval of authorization request: case ${caseNumber}`) }).first().waitFor();
    assert.deepEqual(admin.problems, []);
    current = md.page;

    const history = md.page.getByRole('region', { name: 'History' });
    assert.match(await history.innerText(), /Office sees this/i, 'the history marks what the office sees');
    assert.match(await history.innerText(), /Information requested/, 'the hold is in the history');

    // The medical director's decision clocks: the page opens with its summary and tables.
    await md.page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Decision clocks' }).click();
    await md.page.getByRole('heading', { name: 'Decision clocks', level: 1 }).waitFor();
    await md.page.getByRole('heading', { name: 'At risk' }).waitFor();
    assert.deepEqual(md.problems, []);
  } catch (error) {
    await current.screenshot({ path: '/tmp/e2e-review-failure.png', fullPage: true });
    throw error;
  }
});

void test('a Medicare case cannot be denied before the pre-decision notice; after the office answers, the medical director denies it', async () => {
  const office = await newPage(harness);
  const md = await newPage(harness);
  let current: Page = office.page;
  try {
    const caseNumber = await officeSendsCaseToReview(harness, office.page, TREMBLAY);
    const caseId = /\/cases\/([0-9a-f-]{36})/.exec(office.page.url())?.[1];
    assert.ok(caseId, 'the office is on its case');

    current = md.page;
    await signInAsDemo(md.page, harness.baseUrl, 'demo.md');
    await openFromQueue(md.page, caseNumber, 'Tremblay');
    await md.page.getByRole('button', { name: 'Claim' }).click();
    await md.page.getByRole('row', { name: /^Assignee.*Samuel Ortiz/ }).waitFor();
    // Medicare: no adverse decision is offered until the provider has had the notice.
    await md.page.getByText('Pre-decision notice first').waitFor();
    for (const action of ['Deny', 'Partially approve', 'Recommend alternative']) {
      assert.equal(await md.page.getByRole('button', { name: action, exact: true }).count(), 0, `no ${action} before the notice`);
    }
    await md.page.getByRole('button', { name: 'Send pre-decision notice' }).click();
    const notice = md.page.getByRole('dialog');
    await notice.getByRole('button', { name: 'Send pre-decision notice' }).click();
    await notice.getByText('Reason is required.').first().waitFor();
    await notice.getByLabel('Why a denial is intended').fill('Two weeks of conservative care; the guideline asks for six before a facet block.');
    await notice.getByLabel('I have also told the provider by phone').check();
    await notice.getByRole('button', { name: 'Send pre-decision notice' }).click();
    await notice.waitFor({ state: 'hidden' });
    await md.page.getByRole('row', { name: /^Status.*On hold/ }).waitFor();
    await md.page.getByText(/Pre-decision notice: a denial is intended. The provider may answer by/).waitFor();

    // The office sees the notice and sends more information before the date.
    current = office.page;
    await office.page.goto(`${harness.baseUrl}/cases/${caseId}/detail`);
    await office.page.getByText(/Pre-decision notice: a denial is intended. You may answer by/).waitFor();
    await office.page.locator('input[type="file"]').setInputFiles({ name: 'therapy-notes.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    await office.page.getByRole('button', { name: 'UPLOAD' }).click();
    await office.page.getByRole('status').getByText('Uploaded').waitFor();

    // Back for review: the notice was given, so now the medical director may deny.
    current = md.page;
    await md.page.reload();
    await md.page.getByRole('row', { name: /^Status.*Additional Information Received/ }).waitFor();
    await md.page.getByRole('button', { name: 'Claim' }).click();
    await md.page.getByRole('button', { name: 'Deny', exact: true }).click();
    const deny = md.page.getByRole('dialog');
    await deny.getByLabel('Specific reason for the denial').fill('The new notes still show two weeks of conservative care; six are needed before a facet block.');
    await deny.getByRole('button', { name: 'Deny request' }).click();
    await deny.waitFor({ state: 'hidden' });
    const determination = md.page.getByRole('region', { name: 'Determination' });
    assert.match(await determination.getByRole('row', { name: /^Outcome/ }).innerText(), /Denied/);
    // Medicare: no reconsideration, and a peer to peer after the denial is consultative only.
    const options = determination.getByRole('table', { name: 'All post decision options' });
    assert.match(await options.getByRole('row', { name: /^Reconsideration/ }).innerText(), /Not offered[\s\S]*Medicare plans do not offer reconsideration/i);
    assert.match(await options.getByRole('row', { name: /^Consultative Only Peer to Peer/ }).innerText(), /Until \d{2}\/\d{2}\/\d{4}/i);
    assert.equal(await options.getByRole('row', { name: /^Peer to Peer Review/ }).count(), 0, 'no peer to peer that changes a Medicare decision');
    await options.getByRole('row', { name: /^First Level Appeal/ }).waitFor();
    assert.deepEqual(md.problems, []);

    // The office sees the same options on its case, and the denial letter in its correspondence.
    current = office.page;
    await office.page.reload();
    const officeOptions = office.page.getByRole('table', { name: 'All post decision options' });
    assert.match(await officeOptions.getByRole('row', { name: /^Reconsideration/ }).innerText(), /Not offered/i);
    // The seeds' "P2P Eligibility Result": a P2P now is consultative only.
    await office.page.getByRole('row', { name: /^P2P Eligibility Result/ }).getByText(CONSULTATIVE_ONLY_RESULT).waitFor();
    await office.page.getByText('The conversation is consultative only: it cannot change the decision.').waitFor();
    await office.page.getByRole('region', { name: 'Correspondence' }).getByRole('row', { name: /Notice of denial/ }).waitFor();
    await office.page.getByRole('region', { name: 'Correspondence' }).getByRole('row', { name: /Pre-decision notice: a denial is intended/ }).first().waitFor();
    assert.deepEqual(office.problems, []);
  } catch (error) {
    await current.screenshot({ path: '/tmp/e2e-review-medicare-failure.png', fullPage: true });
    throw error;
  }
});
