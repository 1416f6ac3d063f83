import type { LetterTypeCode } from '../../contracts/letters.ts';
import { memberBody, providerBody } from './letter-bodies.ts';
import type { LetterDocument, LetterField } from './letter-document.ts';
import type { LetterFacts } from './letter-facts.ts';
import type { Audience } from './letter-sections.ts';
import { fillPlaceholders, resolveTemplate } from './letter-template.ts';
import { instantDateWords, lastDayWords, phoneWords, serviceWords, shortDate } from './letter-words.ts';

function memberName(facts: LetterFacts): string {
  return facts.member ? `${facts.member.firstName} ${facts.member.lastName}` : 'the member';
}

/** To the ordering provider, with a copy to the rendering site: the letter is faxed to both. */
function providerAddressee(facts: LetterFacts): string[] {
  const lines: string[] = [];
  if (facts.orderingProvider) {
    lines.push(`${facts.orderingProvider.name} (NPI ${facts.orderingProvider.npi})`);
  }
  if (facts.contact) {
    lines.push(facts.contact.providerName);
    if (facts.contact.contactName) {
      lines.push(`Attention: ${facts.contact.contactName}`);
    }
  }
  if (facts.orderingFax) {
    lines.push(`Fax ${phoneWords(facts.orderingFax)}`);
  }
  if (facts.site) {
    lines.push(`Copy to the rendering site: ${facts.site.name}, ${facts.site.city}, ${facts.site.state}, fax ${phoneWords(facts.site.fax)}`);
  }
  return lines;
}

function memberAddressee(facts: LetterFacts): string[] {
  const member = facts.member;
  return member ? [`${member.firstName} ${member.lastName}`, member.address, `${member.city}, ${member.state} ${member.zip}`] : [];
}

function regarding(facts: LetterFacts, audience: Audience): LetterField[] {
  const rows: LetterField[] = [];
  if (facts.member) {
    rows.push({ label: 'Member', value: memberName(facts) }, { label: 'Date of birth', value: shortDate(facts.member.dateOfBirth) }, { label: 'Member ID', value: facts.member.patientId });
  }
  rows.push({ label: 'Case number', value: facts.caseNumber });
  if (facts.authorizationNumber) {
    rows.push({ label: 'Authorization number', value: facts.authorizationNumber });
  }
  rows.push({ label: 'Service', value: `${facts.programName}: ${serviceWords(facts.lines, facts.programCode, facts.programName, audience)}` });
  if (facts.dateOfService) {
    rows.push({ label: 'Date of service', value: shortDate(facts.dateOfService) });
  }
  return rows;
}

/** The letter of `type` for one audience, from the plan's template (or the default) and the case's facts. */
export function composeLetter(facts: LetterFacts, type: LetterTypeCode, audience: Audience): LetterDocument {
  const template = resolveTemplate(type, audience, facts.plan.code);
  const timeZone = facts.policy.holidayCalendar.timeZone;
  const values: Record<string, string> = {
    planName: facts.plan.name,
    memberName: memberName(facts),
    caseNumber: facts.caseNumber,
    phone: phoneWords(facts.policy.contact.phone),
    fax: phoneWords(facts.policy.contact.fax),
    hours: facts.policy.contact.hours,
    planPhone: phoneWords(facts.plan.phone) || "the number on the member's card",
    planFax: phoneWords(facts.plan.fax) || "the number on the member's card",
    ...(facts.hold ? { dueDate: lastDayWords(facts.hold.dueAt, timeZone) } : {}),
  };
  const fill = (lines: readonly string[]) => lines.map((line) => fillPlaceholders(line, values));
  const title = fillPlaceholders(template.wording.title, values);
  return {
    templateId: template.templateId,
    title,
    planName: facts.plan.name,
    letterhead: fill(template.letterhead),
    date: instantDateWords(facts.now, timeZone),
    addressee: audience === 'provider' ? providerAddressee(facts) : memberAddressee(facts),
    regarding: regarding(facts, audience),
    opening: fill(template.wording.opening),
    body: audience === 'provider' ? providerBody(type, facts) : memberBody(type, facts),
    contact: fill(template.contact),
    signature: fill(template.signature),
    footer: `${title} · Case ${facts.caseNumber}`,
  };
}
