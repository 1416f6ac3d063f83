import type { LetterRecipient } from '../../db/schema/letters.ts';
import type { OutgoingMessage } from '../outbox/enqueue-message.ts';
import type { LetterFacts } from './letter-facts.ts';
import { phoneWords } from './letter-words.ts';

/**
 * Who gets a letter, and how (C4 notifications, seed 001: "Authorization letters will be faxed to
 * the ordering physician & rendering facility … Members will receive a letter by mail").
 * The ordering provider gets an e-notification instead of the fax when the case's contact asked
 * for e-notifications; the rendering site always by fax; the member by the mail queue.
 */
export function providerRecipients(facts: LetterFacts): LetterRecipient[] {
  const recipients: LetterRecipient[] = [];
  const name = facts.orderingProvider?.name ?? facts.contact?.providerName ?? 'Ordering provider';
  if (facts.contact?.notifyOnStatusChange && facts.contact.email) {
    recipients.push({ role: 'ordering_provider', name, channel: 'email', address: facts.contact.email });
  } else if (facts.orderingFax) {
    recipients.push({ role: 'ordering_provider', name, channel: 'fax', address: facts.orderingFax });
  }
  if (facts.site?.fax) {
    recipients.push({ role: 'rendering_site', name: facts.site.name, channel: 'fax', address: facts.site.fax });
  }
  return recipients;
}

export function memberRecipients(facts: LetterFacts): LetterRecipient[] {
  const member = facts.member;
  return member ? [{ role: 'member', name: `${member.firstName} ${member.lastName}`, channel: 'mail', address: `${member.address}, ${member.city}, ${member.state} ${member.zip}` }] : [];
}

const roleWords: Record<LetterRecipient['role'], string> = { ordering_provider: 'the ordering provider', rendering_site: 'the rendering site', member: 'the member' };
const channelWords: Record<LetterRecipient['channel'], string> = { email: 'email notification', fax: 'fax', mail: 'mail' };

/** "the rendering site by fax", for the case's history. */
export function sentToWords(recipient: LetterRecipient): string {
  return `${roleWords[recipient.role]} by ${channelWords[recipient.channel]}`;
}

/**
 * The outbox messages for one letter, one per distinct address (an office that is also the
 * rendering site gets one fax). Email is not secure: an email only says a letter is ready, with
 * the case number; the PDF goes by fax and mail only (letterId).
 */
export function letterMessages(facts: LetterFacts, letter: { id: string; title: string; letterType: string; recipients: readonly LetterRecipient[] }): OutgoingMessage[] {
  const seen = new Set<string>();
  const common = { template: `letter.${letter.letterType}`, relatedOfficeId: facts.officeId, letterId: letter.id };
  const caseNumber = facts.caseNumber;
  return letter.recipients.flatMap((recipient): OutgoingMessage[] => {
    const key = `${recipient.channel}:${recipient.channel === 'mail' ? recipient.address : recipient.address.replace(/\D/g, '') || recipient.address}`;
    if (seen.has(key)) {
      return [];
    }
    seen.add(key);
    switch (recipient.channel) {
      case 'email':
        return [
          {
            ...common,
            channel: 'email',
            recipient: recipient.address,
            subject: `Priora: a letter about case ${caseNumber} is ready`,
            body: `A letter about case ${caseNumber} is ready in Priora. Sign in at ${facts.portalUrl} and open the case (Authorization Lookup) to read it under Correspondence.`,
          },
        ];
      case 'fax':
        return [
          {
            ...common,
            channel: 'fax',
            recipient: recipient.address,
            subject: `${letter.title}: case ${caseNumber}`,
            body: `To: ${recipient.name}\nFrom: Priora, on behalf of ${facts.plan.name}\nRe: case ${caseNumber}\n\nThe attached letter contains protected health information. If it reached you in error, please call ${phoneWords(facts.policy.contact.phone)} and destroy it.`,
          },
        ];
      case 'mail':
        return [
          {
            ...common,
            channel: 'mail',
            recipient: `${recipient.name}, ${recipient.address}`,
            subject: `${letter.title}: case ${caseNumber}`,
            body: `Print the attached letter ("${letter.title}", case ${caseNumber}) and mail it first class to the address above.`,
          },
        ];
    }
  });
}
