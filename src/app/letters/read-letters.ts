import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { LETTER_CHANNEL_LABELS, LETTER_RECIPIENT_ROLE_LABELS, LETTER_TYPE_LABELS, type CaseLetterView } from '../../contracts/letters.ts';
import { cases } from '../../db/schema/cases.ts';
import { caseLetters } from '../../db/schema/letters.ts';
import { outboxMessages } from '../../db/schema/outbox.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError, notFound } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAuditAlone } from '../audit/record-audit.ts';
import { loadOfficeCase, type CaseRow } from '../cases/case-view.ts';
import type { AppContext } from '../context.ts';
import { loadReviewCase } from '../review/review-case-view.ts';

type ReadableCase = Pick<CaseRow, 'id' | 'caseNumber' | 'memberId' | 'officeId'>;

/** The office's own case (another office's answers 404), as the Authorization Lookup detail reads it. */
async function officeCase(ctx: AppContext, actor: Actor, caseId: string): Promise<ReadableCase> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  return loadOfficeCase(ctx.db, actor.officeId as string, caseId);
}

async function reviewCase(ctx: AppContext, actor: Actor, caseId: string): Promise<ReadableCase> {
  await authorize(ctx, actor, 'review.read', { kind: 'system' });
  return loadReviewCase(ctx.db, caseId);
}

/** The case's correspondence, oldest first, provider letter before the member's (recipients name the member: an audited read). */
async function listLetters(ctx: AppContext, actor: Actor, row: ReadableCase): Promise<CaseLetterView[]> {
  const letters = await ctx.db
    .select({
      id: caseLetters.id,
      letterType: caseLetters.letterType,
      audience: caseLetters.audience,
      title: caseLetters.title,
      recipients: caseLetters.recipients,
      sizeBytes: caseLetters.sizeBytes,
      createdAt: caseLetters.createdAt,
    })
    .from(caseLetters)
    .where(eq(caseLetters.caseId, row.id))
    // The provider's letter before the member's of the same decision.
    .orderBy(asc(caseLetters.createdAt), sql`case ${caseLetters.audience} when 'provider' then 0 else 1 end`);
  await recordAuditAlone(ctx.db, ctx.clock, { action: 'letter.list', outcome: 'success', actor, officeId: row.officeId, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined });
  return letters.map((letter) => ({
    id: letter.id,
    letterType: letter.letterType,
    typeLabel: LETTER_TYPE_LABELS[letter.letterType],
    audience: letter.audience,
    title: letter.title,
    sentAt: letter.createdAt.toISOString(),
    recipients: letter.recipients.map((recipient) => ({
      role: recipient.role,
      roleLabel: LETTER_RECIPIENT_ROLE_LABELS[recipient.role],
      name: recipient.name,
      channel: recipient.channel,
      channelLabel: LETTER_CHANNEL_LABELS[recipient.channel],
      to: recipient.channel === 'mail' ? null : recipient.address,
    })),
    sizeBytes: letter.sizeBytes,
  }));
}

export interface LetterFile {
  fileName: string;
  content: Buffer;
}

/** One letter's PDF exactly as sent, checked against the hash stored with it; audited before any byte leaves. */
async function readLetter(ctx: AppContext, actor: Actor, row: ReadableCase, letterId: string): Promise<LetterFile> {
  const [letter] = await ctx.db
    .select({ id: caseLetters.id, letterType: caseLetters.letterType, audience: caseLetters.audience, sha256: caseLetters.sha256, content: caseLetters.content })
    .from(caseLetters)
    .where(and(eq(caseLetters.id, letterId), eq(caseLetters.caseId, row.id)));
  if (!letter) {
    throw notFound('The letter');
  }
  const intact = createHash('sha256').update(letter.content).digest('hex') === letter.sha256;
  await recordAuditAlone(ctx.db, ctx.clock, {
    action: 'letter.read',
    outcome: intact ? 'success' : 'failure',
    actor,
    officeId: row.officeId,
    objectType: 'letter',
    objectId: letter.id,
    memberId: row.memberId ?? undefined,
    details: intact ? {} : { reason: 'integrity' },
  });
  if (!intact) {
    throw new DomainError('conflict', 'This letter failed its integrity check and cannot be opened. Support has been told.');
  }
  return { fileName: `priora-case-${row.caseNumber ?? ''}-${letter.letterType}-${letter.audience}.pdf`, content: letter.content };
}

export const listOfficeLetters = async (ctx: AppContext, actor: Actor, caseId: string) => listLetters(ctx, actor, await officeCase(ctx, actor, caseId));
export const readOfficeLetter = async (ctx: AppContext, actor: Actor, caseId: string, letterId: string) => readLetter(ctx, actor, await officeCase(ctx, actor, caseId), letterId);
export const listReviewLetters = async (ctx: AppContext, actor: Actor, caseId: string) => listLetters(ctx, actor, await reviewCase(ctx, actor, caseId));
export const readReviewLetter = async (ctx: AppContext, actor: Actor, caseId: string, letterId: string) => readLetter(ctx, actor, await reviewCase(ctx, actor, caseId), letterId);

/**
 * The letter an outbox message carries (a fax or the member's mail), for the system
 * administrators who send them while no transport is configured: the same checked, audited read.
 */
export async function readOutboxLetter(ctx: AppContext, actor: Actor, messageId: string): Promise<LetterFile> {
  await authorize(ctx, actor, 'outbox.read', { kind: 'system' });
  const [owner] = await ctx.db
    .select({ letterId: caseLetters.id, id: cases.id, caseNumber: cases.caseNumber, memberId: cases.memberId, officeId: cases.officeId })
    .from(outboxMessages)
    .innerJoin(caseLetters, eq(caseLetters.id, outboxMessages.letterId))
    .innerJoin(cases, eq(cases.id, caseLetters.caseId))
    .where(eq(outboxMessages.id, messageId));
  if (!owner) {
    throw notFound('The letter');
  }
  return readLetter(ctx, actor, owner, owner.letterId);
}
