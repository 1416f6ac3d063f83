import { createHash } from 'node:crypto';
import type { Transaction } from '../../db/client.ts';
import { caseLetters, type LetterAudience, type LetterRecipient, type LetterType } from '../../db/schema/letters.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import { recordCaseEvent } from '../review/case-events.ts';
import { composeLetter } from './compose-letter.ts';
import { letterMessages, memberRecipients, providerRecipients, sentToWords } from './letter-delivery.ts';
import { loadLetterFacts, type LetterFacts } from './letter-facts.ts';
import { renderLetterPdf } from './render-letter-pdf.ts';

export interface SendCaseLettersInput {
  caseId: string;
  type: LetterType;
  /** Who caused the letter (the reviewer deciding); null for the system (a sweep). */
  actor: Actor | null;
}

export interface SentLetters {
  providerLetterId: string;
  /** Null only for a case without a member (never for a submitted request). */
  memberLetterId: string | null;
}

interface StoredLetter {
  id: string;
  title: string;
  templateId: string;
  audience: LetterAudience;
  recipients: LetterRecipient[];
}

async function storeLetter(tx: Transaction, facts: LetterFacts, input: SendCaseLettersInput, audience: LetterAudience, recipients: LetterRecipient[]): Promise<StoredLetter> {
  const letter = composeLetter(facts, input.type, audience);
  const content = await renderLetterPdf(letter, facts.now);
  const [row] = await tx
    .insert(caseLetters)
    .values({
      caseId: facts.caseId,
      officeId: facts.officeId,
      letterType: input.type,
      audience,
      templateId: letter.templateId,
      title: letter.title,
      recipients,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      createdByUserId: input.actor?.userId ?? null,
      createdAt: facts.now,
    })
    .returning({ id: caseLetters.id });
  return { id: row!.id, title: letter.title, templateId: letter.templateId, audience, recipients };
}

/**
 * Writes a case's letters of one type (C5, issue 5 part 5) inside the caller's transaction, so
 * they exist exactly when the decision they report does: the provider's letter (to the ordering
 * provider and the rendering site) and the member's (by mail), each stored as sent with its
 * template and hash, queued for delivery, shown in the case's history and audited.
 */
export async function sendCaseLetters(ctx: AppContext, tx: Transaction, input: SendCaseLettersInput): Promise<SentLetters> {
  const facts = await loadLetterFacts(ctx, tx, input.caseId);
  const letters = [await storeLetter(tx, facts, input, 'provider', providerRecipients(facts))];
  if (facts.member) {
    letters.push(await storeLetter(tx, facts, input, 'member', memberRecipients(facts)));
  }
  for (const letter of letters) {
    for (const message of letterMessages(facts, { ...letter, letterType: input.type })) {
      await enqueueMessage(tx, ctx.clock, message);
    }
  }
  const provider = letters[0]!;
  await recordCaseEvent(tx, ctx.clock, {
    caseId: facts.caseId,
    actorUserId: input.actor?.userId ?? null,
    kind: 'letter_sent',
    officeVisible: true,
    details: { letterType: input.type, title: provider.title, sentTo: letters.flatMap((letter) => letter.recipients.map(sentToWords)) },
  });
  await recordAudit(tx, ctx.clock, {
    action: 'letter.send',
    outcome: 'success',
    actor: input.actor,
    officeId: facts.officeId,
    objectType: 'case',
    objectId: facts.caseId,
    memberId: facts.memberId ?? undefined,
    details: { letterType: input.type, letters: letters.map(({ id, audience, templateId, recipients }) => ({ id, audience, templateId, recipients: recipients.map((recipient) => `${recipient.role}:${recipient.channel}`) })) },
  });
  return { providerLetterId: provider.id, memberLetterId: letters[1]?.id ?? null };
}
