import { eq } from 'drizzle-orm';
import { statusLabel } from '../../contracts/case-status.ts';
import type { LineDecision } from '../../contracts/review.ts';
import type { Transaction } from '../../db/client.ts';
import type { CaseStatus } from '../../db/schema/cases.ts';
import type { LetterType } from '../../db/schema/letters.ts';
import type { PostDecisionOutcome, PostDecisionRequestKind } from '../../db/schema/post-decision.ts';
import { caseDeterminations } from '../../db/schema/review.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { decideLines, type DecidedLine } from '../../domain/cases/line-decisions.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { notifyStatusChange, writeDecidedLines } from '../cases/case-outcome.ts';
import type { AppContext } from '../context.ts';
import { sendCaseLetters } from '../letters/send-case-letters.ts';
import { authorizationFor, finalStatus } from '../review/determinations.ts';
import { requestedLines } from '../review/requested-lines.ts';
import type { ReviewCaseRow } from '../review/review-case-view.ts';
import { reviewLabel } from './open-request.ts';

export interface ReviewOutcomeInput {
  kind: PostDecisionRequestKind;
  outcome: PostDecisionOutcome;
  /** Partly overturned: what is approved of each line. */
  lines?: readonly LineDecision[];
}

export interface AppliedOutcome {
  status: CaseStatus;
  authorization: { number: string; validFrom: string; validTo: string } | null;
}

const OUTCOME_LETTER: Record<PostDecisionRequestKind, LetterType> = {
  reconsideration: 'reconsideration_outcome',
  appeal_first_level: 'appeal_outcome',
  appeal_second_level: 'appeal_outcome',
  peer_to_peer: 'peer_to_peer_outcome',
};

interface Decided {
  status: CaseStatus;
  lines: DecidedLine[] | null;
  authorization: AppliedOutcome['authorization'];
}

/** What each outcome does to the case: upheld returns it to its adverse decision; an overturn approves all or part. */
async function decidedBy(ctx: AppContext, tx: Transaction, row: ReviewCaseRow, input: ReviewOutcomeInput): Promise<Decided> {
  switch (input.outcome) {
    case 'upheld': {
      const [determination] = await tx.select({ outcome: caseDeterminations.outcome }).from(caseDeterminations).where(eq(caseDeterminations.caseId, row.id));
      return { status: determination!.outcome, lines: null, authorization: null };
    }
    case 'overturned': {
      const lines = (await requestedLines(tx, row)).map((line): DecidedLine => ({ ...line, unitsApproved: line.units, fractionsApproved: line.fractions, status: 'approved' }));
      return { status: 'approved', lines, authorization: await authorizationFor(ctx, tx, row, lines) };
    }
    case 'partially_overturned': {
      const result = decideLines(await requestedLines(tx, row), input.lines ?? []);
      if (!result.ok) {
        throw invalid(result.message, result.fieldErrors);
      }
      return { status: 'partially_approved', lines: result.lines, authorization: await authorizationFor(ctx, tx, row, result.lines) };
    }
  }
}

/**
 * A decided reconsideration, appeal or peer-to-peer applied to the case (C6), in the caller's
 * transaction: the status as a compare-and-set from `from`, the decided lines and authorization
 * (one already issued by a partial approval keeps its number), the e-notification and the outcome
 * letters to provider and member. The caller has written the decided request first: the letter
 * reads its outcome and reason. The first determination is kept.
 */
export async function applyReviewOutcome(ctx: AppContext, tx: Transaction, actor: Actor, row: ReviewCaseRow, input: ReviewOutcomeInput, from: readonly CaseStatus[]): Promise<AppliedOutcome> {
  const decided = await decidedBy(ctx, tx, row, input);
  const authorization = decided.authorization ? { ...decided.authorization, number: row.authorizationNumber ?? decided.authorization.number } : null;
  const changes = authorization ? { authorizationNumber: authorization.number, validFrom: authorization.validFrom, validTo: authorization.validTo } : {};
  await finalStatus(tx, row, decided.status, changes, ctx.clock.now(), from);
  if (decided.lines) {
    await writeDecidedLines(tx, row.id, decided.lines);
  }
  await notifyStatusChange(ctx, tx, row, row.caseNumber ?? '', `${statusLabel(decided.status).toLowerCase()} on ${reviewLabel(input.kind).toLowerCase()}`);
  await sendCaseLetters(ctx, tx, { caseId: row.id, type: OUTCOME_LETTER[input.kind], actor });
  return { status: decided.status, authorization };
}
