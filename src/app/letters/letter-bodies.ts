import type { LetterTypeCode } from '../../contracts/letters.ts';
import type { LetterBlock } from './letter-document.ts';
import type { LetterFacts } from './letter-facts.ts';
import {
  approvedLines,
  authorizationFields,
  criteriaBlocks,
  decidedLines,
  determinationOf,
  dueDateOf,
  holdOf,
  memberAppealBlocks,
  postDecisionOutcomeBlocks,
  providerOptionBlocks,
  reasonBlocks,
  requestedLines,
  required,
} from './letter-sections.ts';
import { isTreatmentPlan, phoneWords } from './letter-words.ts';

/** How the provider answers a hold or a pre-decision notice: upload in Priora, or fax. */
function howToSend(facts: LetterFacts): string {
  return `Upload it on the case in Priora (${facts.portalUrl}, Authorization Lookup, then the case) or fax it to ${phoneWords(facts.policy.contact.fax)} with the case number on the cover sheet.`;
}

/** C5: accept by a new case, or also by a reconsideration of this one (Medicare: new case only). */
function acceptanceWords(facts: LetterFacts): string {
  if (facts.policy.alternativeRecommendationAcceptedBy === 'new_case_or_reconsideration') {
    return 'To accept it, submit a new request for the recommended treatment in Priora, or ask for a reconsideration of this request by the date in your options below. Please contact us before treatment starts.';
  }
  const why = facts.lineOfBusiness === 'medicare' ? 'Medicare requests cannot be reconsidered: ' : '';
  return `${why}To accept it, submit a new request for the recommended treatment in Priora before treatment starts.`;
}

const treatmentPlanNote = (facts: LetterFacts): LetterBlock[] =>
  isTreatmentPlan(facts.programCode)
    ? [{ kind: 'paragraph', text: 'A change of technique or of the number of fractions needs a new review before it is given; services billed outside this treatment plan may not be paid.' }]
    : [];

/** The provider's letter: every fact, with the criteria and guideline citations. */
export function providerBody(type: LetterTypeCode, facts: LetterFacts): LetterBlock[] {
  switch (type) {
    case 'approval':
      return [authorizationFields(facts), ...approvedLines(facts, 'provider'), ...treatmentPlanNote(facts)];
    case 'partial_approval': {
      const determination = determinationOf(facts);
      return [
        authorizationFields(facts),
        ...decidedLines(facts, 'provider'),
        ...reasonBlocks('Why the rest was not approved', determination.reason),
        ...criteriaBlocks(determination.criteria),
        ...providerOptionBlocks(facts),
      ];
    }
    case 'denial': {
      const determination = determinationOf(facts);
      return [
        ...reasonBlocks('Reason for the decision', determination.reason),
        ...criteriaBlocks(determination.criteria),
        ...requestedLines(facts, 'provider', 'What was requested'),
        ...providerOptionBlocks(facts),
      ];
    }
    case 'hold': {
      const hold = holdOf(facts, 'information');
      const due = dueDateOf(facts, hold.dueAt);
      return [
        { kind: 'heading', text: 'What we need' },
        { kind: 'bullets', items: hold.items },
        ...(hold.note ? [{ kind: 'paragraph' as const, text: `Reviewer's note: ${hold.note}` }] : []),
        { kind: 'heading', text: `How to send it, by ${due}` },
        { kind: 'paragraph', text: howToSend(facts) },
        { kind: 'paragraph', text: `If nothing is received by ${due}, the request is decided on the information already submitted.` },
      ];
    }
    case 'pre_decision_notice': {
      const hold = holdOf(facts, 'pre_decision');
      const due = dueDateOf(facts, hold.dueAt);
      return [
        ...reasonBlocks('Why a denial is intended', hold.note),
        ...(hold.items.length > 0 ? [{ kind: 'heading' as const, text: 'Guideline criteria not met' }, { kind: 'bullets' as const, items: hold.items }] : []),
        { kind: 'heading', text: `What you can do, by ${due}` },
        {
          kind: 'bullets',
          items: [
            `Send more clinical information. ${howToSend(facts)}`,
            `Or ask for a pre-decision clinical consultation with the physician reviewer: call ${phoneWords(facts.policy.contact.phone)} (${facts.policy.contact.hours}). The consultation must take place by ${due}.`,
          ],
        },
        {
          kind: 'paragraph',
          text: `If more information is sent, the reviewer decides on it without waiting for a consultation, even before ${due}. If nothing is received by then, the decision is made on the information already submitted.`,
        },
      ];
    }
    case 'alternative_recommendation': {
      const determination = determinationOf(facts);
      return [
        ...requestedLines(facts, 'provider', 'What was requested'),
        { kind: 'heading', text: 'What we recommend instead' },
        { kind: 'paragraph', text: required(determination.alternative, 'an alternative').text },
        ...reasonBlocks('Why', determination.reason),
        { kind: 'heading', text: 'How to accept the recommendation' },
        { kind: 'paragraph', text: acceptanceWords(facts) },
        ...providerOptionBlocks(facts),
      ];
    }
    case 'administrative_denial':
      return [...reasonBlocks('Reason', determinationOf(facts).reason), ...requestedLines(facts, 'provider', 'What was requested'), ...providerOptionBlocks(facts)];
    case 'withdrawal':
    case 'cancellation':
      return reasonBlocks('Reason', determinationOf(facts).reason);
    case 'reconsideration_outcome':
    case 'appeal_outcome':
    case 'peer_to_peer_outcome':
      return postDecisionOutcomeBlocks(facts, 'provider');
  }
}

/** The member's letter: the same facts in plain words, without criteria text or codes. */
export function memberBody(type: LetterTypeCode, facts: LetterFacts): LetterBlock[] {
  switch (type) {
    case 'approval':
      return [authorizationFields(facts), ...approvedLines(facts, 'member')];
    case 'partial_approval':
      return [authorizationFields(facts), ...decidedLines(facts, 'member'), ...reasonBlocks('Why the rest was not approved', determinationOf(facts).reason), ...memberAppealBlocks(facts)];
    case 'denial':
      return [...reasonBlocks('Why', determinationOf(facts).reason), ...memberAppealBlocks(facts)];
    case 'hold':
      return [
        { kind: 'heading', text: 'What we asked your provider for' },
        { kind: 'bullets', items: holdOf(facts, 'information').items },
      ];
    case 'pre_decision_notice':
      return reasonBlocks('Why', holdOf(facts, 'pre_decision').note);
    case 'alternative_recommendation': {
      const determination = determinationOf(facts);
      return [
        { kind: 'heading', text: 'What our doctor recommends instead' },
        { kind: 'paragraph', text: required(determination.alternative, 'an alternative').text },
        ...reasonBlocks('Why', determination.reason),
        ...memberAppealBlocks(facts),
      ];
    }
    case 'administrative_denial':
      return [...reasonBlocks('Why', determinationOf(facts).reason), ...memberAppealBlocks(facts)];
    case 'withdrawal':
    case 'cancellation':
      return reasonBlocks('Why', determinationOf(facts).reason);
    case 'reconsideration_outcome':
    case 'appeal_outcome':
    case 'peer_to_peer_outcome':
      return postDecisionOutcomeBlocks(facts, 'member');
  }
}
