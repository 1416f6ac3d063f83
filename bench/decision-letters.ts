/**
 * What a reviewer's decision costs now that it writes its letters in the same transaction.
 * Run: npm run bench:letters   (RUNS=100 for more samples)
 *
 * Builds an app on a fresh embedded PGlite with the demo catalogue, submits a lumbar injection
 * that goes to review and denies it through the API, then times `sendCaseLetters` (load the
 * case's facts, compose and render the provider and member PDFs, store them, queue fax/email/mail)
 * and, for comparison, whole denials through the HTTP API. Prints p50/p95/max and letter sizes.
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { createCaseTestContext, addOfficePractitioners } from '../tests/support/case-setup.ts';
import { createOffice, createUser, signIn, userIdByName } from '../tests/support/http.ts';
import { requestAndSubmitCase, wellsenseLumbarEsi } from '../tests/support/case-requests.ts';
import { demoOrthopedicSurgeon } from '../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../src/content/criteria/sample-answers.testing.ts';
import { sendCaseLetters } from '../src/app/letters/send-case-letters.ts';
import { caseLetters } from '../src/db/schema/letters.ts';
import type { ReviewCaseView } from '../src/contracts/review.ts';

const runs = Number(process.env['RUNS'] ?? 40);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const summary = (label: string, values: number[]) =>
  console.log(`${label.padEnd(44)} p50 ${percentile(values, 50).toFixed(1)} ms   p95 ${percentile(values, 95).toFixed(1)} ms   max ${Math.max(...values).toFixed(1)} ms   (n=${values.length})`);

const tc = await createCaseTestContext();
try {
  const officeId = await createOffice(tc, 'Bench Office');
  await createUser(tc, { userName: 'bench.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'bench.md', role: 'medical_director' });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'bench.office'), [demoOrthopedicSurgeon]);
  const office = await signIn(tc, 'bench.office');
  const director = await signIn(tc, 'bench.md');
  const actor = { userId: await userIdByName(tc, 'bench.md'), role: 'medical_director' as const, officeId: null, ipAddress: null };

  const pended = async (index: number) =>
    (
      await requestAndSubmitCase(tc, office, {
        ...wellsenseLumbarEsi(`2026-${String(4 + Math.floor(index / 28)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`, { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }),
        criteriaNotMet: { choice: 'notes', notes: 'Bench.' },
      })
    ).caseId;

  // Whole denials through the API: claim, then deny (the letters are part of the second call).
  const denials: number[] = [];
  let lastCase = '';
  for (let index = 0; index < Math.min(runs, 20); index += 1) {
    const caseId = await pended(index);
    const view = (await director.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
    const claimed = (await director.post(`/api/review/cases/${caseId}/claim`, { version: view.version })).json<ReviewCaseView>();
    const started = performance.now();
    const response = await director.post(`/api/review/cases/${caseId}/decision`, { version: claimed.version, action: 'deny', reason: 'Bench denial.', criteriaIds: ['conservative-care'] });
    denials.push(performance.now() - started);
    if (response.statusCode !== 200) {
      throw new Error(response.body);
    }
    lastCase = caseId;
  }

  const letters: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await tc.ctx.db.transaction((tx) => sendCaseLetters(tc.ctx, tx, { caseId: lastCase, type: 'denial', actor }));
    letters.push(performance.now() - started);
  }
  const sizes = await tc.ctx.db.select({ audience: caseLetters.audience, size: caseLetters.sizeBytes }).from(caseLetters).where(eq(caseLetters.caseId, lastCase));
  console.log(`Decision letters on embedded PGlite, ${runs} runs`);
  summary('deny through the API (incl. 2 letters)', denials);
  summary('sendCaseLetters alone (provider + member)', letters);
  for (const audience of ['provider', 'member'] as const) {
    const of = sizes.filter((row) => row.audience === audience).map((row) => row.size);
    console.log(`${`${audience} letter size`.padEnd(44)} ${(of.reduce((sum, size) => sum + size, 0) / of.length / 1024).toFixed(1)} KB`);
  }
} finally {
  await tc.close();
}
