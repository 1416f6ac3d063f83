import { postDecisionOptions, type PostDecisionOption } from '../../domain/policies/post-decision-options.ts';
import type { LetterBlock, LetterField } from './letter-document.ts';
import type { LetterFacts } from './letter-facts.ts';
import { dateWords, decidedAmount, isTreatmentPlan, lastDayWords, lineName, phoneWords, requestedAmount } from './letter-words.ts';

/** Parts shared by several letter types; each returns the blocks it adds. */

export type Audience = 'provider' | 'member';

/** A letter type needs facts the case does not have: the caller sent the wrong letter. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined || value === '') {
    throw new Error(`This letter needs ${what}, and the case has none`);
  }
  return value;
}

export function determinationOf(facts: LetterFacts): NonNullable<LetterFacts['determination']> {
  return required(facts.determination, 'a determination');
}

const OUTCOME_WORDS = { upheld: 'upheld', overturned: 'overturned', partially_overturned: 'partly overturned' } as const;
const REQUEST_WORDS = { reconsideration: 'reconsideration', appeal_first_level: 'first level appeal', appeal_second_level: 'second level appeal', peer_to_peer: 'peer-to-peer review' } as const;

/** Who looked at the decision again, and with what, in the audience's words. */
function outcomeSentence(decided: NonNullable<LetterFacts['postDecision']>, audience: Audience): string {
  const outcome = OUTCOME_WORDS[decided.outcome];
  if (decided.kind === 'peer_to_peer') {
    return audience === 'provider'
      ? `After the peer-to-peer conversation about this request, the physician reviewer changed the original decision: it is ${outcome}.`
      : `Our doctor spoke with your provider about the request: after that conversation, the first decision is ${outcome}.`;
  }
  return audience === 'provider'
    ? `A physician reviewer who did not make the original decision reviewed the ${REQUEST_WORDS[decided.kind]} with the new clinical information: the original decision is ${outcome}.`
    : `Another doctor looked at the request again with the new information from your provider: the first decision is ${outcome}.`;
}

/**
 * The outcome of the last reconsideration, appeal or decisive peer-to-peer (C6): what was
 * decided, why, and then what an approval carries (the authorization and its lines) or what
 * remains to ask for.
 */
export function postDecisionOutcomeBlocks(facts: LetterFacts, audience: Audience): LetterBlock[] {
  const decided = required(facts.postDecision, 'a decided reconsideration, appeal or peer-to-peer');
  const outcome: LetterBlock[] = [
    { kind: 'heading', text: 'Outcome' },
    { kind: 'paragraph', text: outcomeSentence(decided, audience) },
    ...reasonBlocks(audience === 'provider' ? 'Reason for the outcome' : 'Why', decided.reason),
  ];
  switch (decided.outcome) {
    case 'overturned':
      return [...outcome, authorizationFields(facts), ...approvedLines(facts, audience)];
    case 'partially_overturned':
      return [...outcome, authorizationFields(facts), ...decidedLines(facts, audience), ...(audience === 'provider' ? providerOptionBlocks(facts) : memberAppealBlocks(facts))];
    case 'upheld':
      return [...outcome, ...(audience === 'provider' ? [...requestedLines(facts, audience, 'What was requested'), ...providerOptionBlocks(facts)] : memberAppealBlocks(facts))];
  }
}

export function holdOf(facts: LetterFacts, kind: 'information' | 'pre_decision'): NonNullable<LetterFacts['hold']> {
  const hold = required(facts.hold, 'a hold');
  if (hold.kind !== kind) {
    throw new Error(`This letter needs a ${kind} hold, and the case's last hold is ${hold.kind}`);
  }
  return hold;
}

export const dueDateOf = (facts: LetterFacts, dueAt: Date) => lastDayWords(dueAt, facts.policy.holidayCalendar.timeZone);

/** Validity and site of an authorization (its number is in the letter's "Re:" block). */
export function authorizationFields(facts: LetterFacts): LetterBlock {
  required(facts.authorizationNumber, 'an authorization number');
  const rows: LetterField[] = [];
  if (facts.validFrom && facts.validTo) {
    rows.push({ label: 'Valid', value: `${dateWords(facts.validFrom)} through ${dateWords(facts.validTo)}` });
  }
  if (facts.site) {
    rows.push({ label: 'Site of service', value: `${facts.site.name}, ${facts.site.address}, ${facts.site.city}, ${facts.site.state} ${facts.site.zip}` });
  }
  return { kind: 'fields', rows };
}

/** The lines as asked for. */
export function requestedLines(facts: LetterFacts, audience: Audience, heading: string): LetterBlock[] {
  return [
    { kind: 'heading', text: heading },
    { kind: 'bullets', items: facts.lines.map((line) => `${lineName(line, facts.programCode, audience)}: ${requestedAmount(line)}`) },
  ];
}

/** The lines approved in full. */
export function approvedLines(facts: LetterFacts, audience: Audience): LetterBlock[] {
  const approved = facts.lines.filter((line) => line.status === 'approved');
  return [
    { kind: 'heading', text: isTreatmentPlan(facts.programCode) ? 'Approved treatment plan' : 'Approved services' },
    { kind: 'bullets', items: approved.map((line) => `${lineName(line, facts.programCode, audience)}: ${decidedAmount(line)}`) },
  ];
}

/** Every line with what was approved of it and what was not. */
export function decidedLines(facts: LetterFacts, audience: Audience): LetterBlock[] {
  return [
    { kind: 'heading', text: 'What was approved and what was not' },
    { kind: 'bullets', items: facts.lines.map((line) => `${lineName(line, facts.programCode, audience)}: ${decidedAmount(line)}`) },
  ];
}

export function reasonBlocks(heading: string, reason: string | null): LetterBlock[] {
  return [
    { kind: 'heading', text: heading },
    { kind: 'paragraph', text: required(reason, 'a reason') },
  ];
}

/** The criteria a decision rests on, each with its guideline, version and section (provider letters only). */
export function criteriaBlocks(criteria: ReadonlyArray<{ text: string; guideline: string; version: string; section: string }>, heading = 'Guideline criteria not met'): LetterBlock[] {
  if (criteria.length === 0) {
    return [];
  }
  return [
    { kind: 'heading', text: heading },
    { kind: 'bullets', items: criteria.map((criterion) => `${criterion.text} (${criterion.guideline}, version ${criterion.version}, section ${criterion.section})`) },
  ];
}

export function optionsOf(facts: LetterFacts): PostDecisionOption[] {
  const determination = determinationOf(facts);
  return postDecisionOptions(facts.policy, {
    lineOfBusiness: facts.lineOfBusiness,
    outcome: determination.outcome,
    determinedAt: determination.decidedAt,
    now: facts.now,
    plan: { name: facts.plan.name, phone: facts.plan.phone, fax: facts.plan.fax },
    history: facts.postDecisionHistory,
    appealRoute: facts.appealRoute,
  });
}

/** "phone (215) 555-0101, fax (215) 555-0102"; empty without numbers. */
function numberWords(contact: PostDecisionOption['contact']): string {
  return contact ? [contact.phone ? `phone ${phoneWords(contact.phone)}` : '', contact.fax ? `fax ${phoneWords(contact.fax)}` : ''].filter(Boolean).join(', ') : '';
}

function contactWords(contact: PostDecisionOption['contact']): string {
  const numbers = numberWords(contact);
  return contact && numbers ? ` ${contact.name}: ${numbers}.` : '';
}

/** "All post decision options" for this case's plan and line of business, with their dates (C6). */
export function providerOptionBlocks(facts: LetterFacts): LetterBlock[] {
  const timeZone = facts.policy.holidayCalendar.timeZone;
  const items = optionsOf(facts).map((option) => {
    const until = option.availableUntil ? lastDayWords(option.availableUntil, timeZone) : null;
    const availability = until === null ? 'not available' : option.open ? `until ${until}` : `no longer available (ended ${until})`;
    return `${option.label}: ${availability}. ${option.explanation}${option.open ? contactWords(option.contact) : ''}`;
  });
  return items.length === 0 ? [] : [{ kind: 'heading', text: 'Your options after this decision' }, { kind: 'bullets', items }];
}

/** A member's appeal rights, in plain words: the options a member may use (appeals), not the provider's. */
export function memberAppealBlocks(facts: LetterFacts): LetterBlock[] {
  const timeZone = facts.policy.holidayCalendar.timeZone;
  const appeals = optionsOf(facts).filter((option) => option.open && (option.kind === 'appeal_first_level' || option.kind === 'appeal_second_level'));
  if (appeals.length === 0) {
    return [];
  }
  const items = appeals.map((option) => {
    const what = option.kind === 'appeal_first_level' ? 'You can appeal this decision' : 'If a first appeal does not change it, you can ask for a second appeal';
    const to = option.handledBy === 'plan' ? facts.plan.name : 'Priora';
    const numbers = numberWords(option.contact);
    return `${what} until ${lastDayWords(option.availableUntil!, timeZone)}. Contact ${to}${numbers ? ` (${numbers})` : ''}. Your provider can also appeal for you.`;
  });
  return [{ kind: 'heading', text: 'If you disagree' }, { kind: 'bullets', items }];
}
