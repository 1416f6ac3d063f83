import type { z } from 'zod';
import type { caseCheckSchema, P2pCaseView } from '../../contracts/p2p.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudits } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { alreadyScheduled, findP2pCase, type P2pCase } from './p2p-cases.ts';

/**
 * The scheduler's first step (seed 003: "Lookup Cases"): each case the office names by number and
 * member date of birth, with its P2P eligibility, level of review, valid-until date and member.
 */
export async function checkP2pCases(ctx: AppContext, actor: Actor, input: z.output<typeof caseCheckSchema>): Promise<{ cases: P2pCaseView[] }> {
  await authorize(ctx, actor, 'p2p.request', ownOffice(actor));
  const found: P2pCase[] = [];
  const missing: Record<string, string> = {};
  for (const [index, entry] of input.cases.entries()) {
    const one = await findP2pCase(ctx, ctx.db, actor.officeId as string, entry.caseNumber, entry.dateOfBirth);
    if (one) {
      found.push(one);
    } else {
      missing[`cases.${index}.caseNumber`] = 'No case of your office has this number and member date of birth.';
    }
  }
  await ctx.db.transaction((tx) =>
    recordAudits(tx, ctx.clock, [
      ...found.map((one) => ({ action: 'p2p.case_checked', outcome: 'success' as const, actor, objectType: 'case', objectId: one.row.id, memberId: one.row.memberId ?? undefined })),
      ...(Object.keys(missing).length > 0 ? [{ action: 'p2p.case_checked', outcome: 'failure' as const, actor, details: { notFound: Object.keys(missing).length } }] : []),
    ]),
  );
  if (Object.keys(missing).length > 0) {
    throw invalid('Check the case number and the member date of birth.', missing);
  }
  const scheduled = await alreadyScheduled(ctx.db, found.map((one) => one.row.id));
  return { cases: found.map((one) => (scheduled.has(one.row.id) ? { ...one.view, eligible: false, message: scheduled.get(one.row.id)! } : one.view)) };
}
