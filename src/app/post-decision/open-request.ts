import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { PostDecisionReviewView } from '../../contracts/post-decision.ts';
import type { Queryable } from '../../db/client.ts';
import { postDecisionRequests } from '../../db/schema/post-decision.ts';
import { caseDeterminations } from '../../db/schema/review.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { POST_DECISION_LABELS } from '../../domain/policies/post-decision-options.ts';
import { DomainError } from '../../domain/shared/errors.ts';

export type PostDecisionRequestRow = typeof postDecisionRequests.$inferSelect;

/** The reconsideration or appeal a case is under, if any (at most one: a partial unique index). */
export async function openPostDecisionRequest(db: Queryable, caseId: string): Promise<PostDecisionRequestRow | undefined> {
  const [request] = await db
    .select()
    .from(postDecisionRequests)
    .where(and(eq(postDecisionRequests.caseId, caseId), eq(postDecisionRequests.status, 'requested')));
  return request;
}

/**
 * Who may not review it: whoever made a decision now under review, the first determination or an
 * earlier reconsideration or appeal (C6: "reviewed by a different physician").
 */
export async function excludedReviewerIds(db: Queryable, caseId: string): Promise<string[]> {
  const [determination] = await db.select({ by: caseDeterminations.decidedByUserId }).from(caseDeterminations).where(eq(caseDeterminations.caseId, caseId));
  const earlier = await db
    .select({ by: postDecisionRequests.decidedByUserId })
    .from(postDecisionRequests)
    .where(and(eq(postDecisionRequests.caseId, caseId), isNotNull(postDecisionRequests.decidedByUserId)));
  return [determination?.by, ...earlier.map((request) => request.by)].filter((id): id is string => Boolean(id));
}

export const reviewLabel = (kind: PostDecisionRequestRow['kind']) => POST_DECISION_LABELS[kind];

/** Refuses a reviewer who made a decision under review, or who is not a medical director (the caller authorizes the role). */
export function requireOtherReviewer(actor: Actor, excluded: readonly string[], kind: PostDecisionRequestRow['kind']): void {
  if (excluded.includes(actor.userId)) {
    throw new DomainError('forbidden', `You made a decision under review: this ${reviewLabel(kind)} goes to a medical director who did not.`);
  }
}

/** Refuses the ordinary review decisions on a case under reconsideration or appeal: it keeps its first determination. */
export async function refuseUnderPostDecisionReview(db: Queryable, caseId: string): Promise<void> {
  const request = await openPostDecisionRequest(db, caseId);
  if (request) {
    throw new DomainError('conflict', `This case is under ${reviewLabel(request.kind)}: decide it as upheld, overturned or partially overturned.`);
  }
}

/** The review page's account of the reconsideration or appeal, for the signed-in reviewer. */
export async function postDecisionReviewOf(db: Queryable, actor: Actor, caseRow: { id: string; assignedUserId: string | null }): Promise<PostDecisionReviewView | null> {
  const request = await openPostDecisionRequest(db, caseRow.id);
  if (!request) {
    return null;
  }
  const excluded = await excludedReviewerIds(db, caseRow.id);
  const [assignee] = caseRow.assignedUserId ? await db.select({ id: users.id, firstName: users.firstName, lastName: users.lastName }).from(users).where(eq(users.id, caseRow.assignedUserId)) : [];
  const excludedNames = excluded.length
    ? (await db.select({ firstName: users.firstName, lastName: users.lastName }).from(users).where(inArray(users.id, excluded))).map((user) => `${user.firstName} ${user.lastName}`)
    : [];
  const whyNot =
    actor.role !== 'medical_director'
      ? `A ${reviewLabel(request.kind)} is decided by a medical director.`
      : excluded.includes(actor.userId)
        ? `You made a decision under review: this ${reviewLabel(request.kind)} goes to a medical director who did not.`
        : null;
  const mine = caseRow.assignedUserId === actor.userId;
  return {
    requestId: request.id,
    kind: request.kind,
    label: reviewLabel(request.kind),
    requestedAt: request.requestedAt.toISOString(),
    newInformationAcknowledged: request.newInformationAcknowledged,
    assignee: assignee ? { userId: assignee.id, name: `${assignee.firstName} ${assignee.lastName}` } : null,
    excludedReviewers: excludedNames,
    mayClaim: whyNot === null && !mine,
    mayDecide: whyNot === null && mine,
    whyNot,
  };
}
