import type { Transaction } from '../../db/client.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import type { AppContext } from '../context.ts';

/** "Mon, Mar 2, 2026, 9:00 AM EST": how a P2P time reads in an email, in the reader's zone. */
export function slotWords(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(instant);
}

export type P2pChange = 'scheduled' | 'rescheduled' | 'cancelled';
/** What the emails tell: a change, or a cancellation by the reviewer (the office books another time). */
export type P2pNotice = P2pChange | 'cancelled_by_reviewer';

interface Recipient {
  email: string;
  timeZone: string;
  userId?: string;
  officeId?: string;
}

/**
 * Tells the requester and the reviewer. Email is not secure: case numbers, the time and its zone
 * only; no member, no clinical words, no cancellation reason (it may carry them).
 */
export async function notifyP2pChange(ctx: AppContext, tx: Transaction, notice: P2pNotice, caseNumbers: readonly string[], startsAt: Date, recipients: readonly Recipient[]): Promise<void> {
  const cases = caseNumbers.length === 1 ? `case ${caseNumbers[0]}` : `cases ${caseNumbers.join(', ')}`;
  for (const recipient of recipients) {
    const when = `${slotWords(startsAt, recipient.timeZone)} (${recipient.timeZone})`;
    const change: P2pChange = notice === 'cancelled_by_reviewer' ? 'cancelled' : notice;
    const sentence =
      notice === 'cancelled_by_reviewer'
        ? `The peer-to-peer appointment for ${cases} on ${when} was cancelled by the reviewing physician. Schedule another time in Priora while the peer-to-peer window is open.`
        : change === 'cancelled'
          ? `The peer-to-peer appointment for ${cases} on ${when} was cancelled.`
          : `A peer-to-peer appointment for ${cases} is ${change} for ${when}.`;
    await enqueueMessage(tx, ctx.clock, {
      channel: 'email',
      recipient: recipient.email,
      subject: `Priora: peer-to-peer ${change} for ${cases}`,
      body: `${sentence} Sign in to Priora at ${ctx.config.PUBLIC_URL} to see the details.`,
      template: `p2p.${change}`,
      relatedUserId: recipient.userId ?? null,
      relatedOfficeId: recipient.officeId ?? null,
    });
  }
}
