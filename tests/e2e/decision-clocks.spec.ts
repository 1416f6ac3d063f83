import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { ReviewCaseView } from '../../src/contracts/review.ts';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { officeSendsCaseToReview } from './support/review.ts';

/**
 * Issue 5, part 2 in the browser: the server's clock is moved forward past a case's decision
 * window; the Review queue shows the window used and the breach, and the medical director's
 * Decision clocks page lists the case as at risk, then as breached.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** The queue row of a case, from the menu, after signing in again (moving days ends the session). */
async function queueRow(page: Page, caseNumber: string) {
  await signInAsDemo(page, harness.baseUrl, 'demo.md', harness.clock);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Review queue', exact: true }).click();
  await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
  await row.waitFor();
  return row;
}

async function decisionClocksTable(page: Page, label: 'At risk' | 'Breached') {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Decision clocks' }).click();
  await page.getByRole('heading', { name: 'Decision clocks', level: 1 }).waitFor();
  return page.getByRole('table', { name: label });
}

void test('moving the clock past the due time shows the escalation, then the breach', async () => {
  const office = await newPage(harness);
  const md = await newPage(harness);
  let current: Page = office.page;
  try {
    const caseNumber = await officeSendsCaseToReview(harness, office.page);
    const caseId = /\/cases\/([0-9a-f-]{36})/.exec(office.page.url())?.[1];
    assert.ok(caseId);

    current = md.page;
    let row = await queueRow(md.page, caseNumber);
    assert.match((await row.getByRole('progressbar').getAttribute('aria-label')) ?? '', /Decision window used: 0%/);
    const view = (await (await md.page.request.get(`${harness.baseUrl}/api/review/cases/${caseId}`)).json()) as ReviewCaseView;
    const submitted = new Date(view.submittedAt!).getTime();
    const due = new Date(view.decisionDueAt!).getTime();

    // 80 % of the window gone: at risk (orange), on the queue and the medical director's page.
    harness.clock.moveTo(new Date(submitted + 0.8 * (due - submitted)));
    row = await queueRow(md.page, caseNumber);
    assert.match((await row.getByRole('progressbar').getAttribute('aria-label')) ?? '', /Decision window used: (79|80|81)%/);
    const atRisk = await decisionClocksTable(md.page, 'At risk');
    await atRisk.getByRole('link', { name: caseNumber }).waitFor();

    // Two hours past the due time: breached.
    harness.clock.moveTo(new Date(due + 2 * 60 * 60 * 1000));
    row = await queueRow(md.page, caseNumber);
    await row.getByText('Breached').waitFor();
    const breached = await decisionClocksTable(md.page, 'Breached');
    const breachRow = breached.getByRole('row').filter({ has: md.page.getByRole('link', { name: caseNumber }) });
    await breachRow.waitFor();
    assert.match(await breachRow.innerText(), /Sullivan/);
    assert.equal(await (await decisionClocksTable(md.page, 'At risk')).getByRole('link', { name: caseNumber }).count(), 0, 'a breached case is no longer only at risk');
    assert.deepEqual(md.problems, []);
  } catch (error) {
    await current.screenshot({ path: '/tmp/e2e-decision-clocks-failure.png', fullPage: true });
    throw error;
  }
});
