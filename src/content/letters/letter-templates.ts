import type { LetterTypeCode } from '../../contracts/letters.ts';

/**
 * The wording of letters (C5 correspondence), as data: the title, the opening and closing
 * paragraphs for each letter type and audience, and the letterhead, contact block and signature.
 * What varies with the case (lines, reasons, criteria, dates, post-decision options) is written by
 * src/app/letters from the case itself; this file holds only fixed words, in Priora's own
 * language (never CPT descriptors).
 *
 * Placeholders in braces are filled from the case: {planName} {memberName} {caseNumber}
 * {dueDate} {phone} {fax} {hours} {planPhone} {planFax}. An unknown placeholder is an error.
 *
 * Rules for editing: a letter records the template id and version it was written from
 * ("denial/default@1", "denial/HPP@1"), so a change of wording bumps the set's `version`.
 * A plan set overrides only what it names; everything else comes from the default set.
 */

export interface LetterWording {
  /** The letter's title, also its name in the case's correspondence. */
  title: string;
  /** Paragraphs before the body. */
  opening: readonly string[];
}

export interface LetterTemplateSet {
  /** "default", or the plan code of a plan's override. */
  id: string;
  version: number;
  /** Lines under the plan name at the top of every page one. */
  letterhead?: readonly string[];
  /** Who to call, at the end of the letter. */
  contact?: readonly string[];
  signature?: readonly string[];
  provider?: Partial<Record<LetterTypeCode, LetterWording>>;
  member?: Partial<Record<LetterTypeCode, LetterWording>>;
}

export const defaultLetterTemplates = {
  id: 'default',
  version: 1,
  letterhead: ['Utilization management by Priora on behalf of {planName}'],
  contact: ['Questions about this letter? Call Priora at {phone} ({hours}) or fax {fax}. Please have the case number ready.'],
  signature: ['Sincerely,', 'Priora Utilization Management', 'on behalf of {planName}'],
  provider: {
    approval: {
      title: 'Approval of authorization request',
      opening: ['We approved the request below for {memberName}. The authorization number must be on the claim, and the services billed must match what was approved.'],
    },
    partial_approval: {
      title: 'Partial approval of authorization request',
      opening: ['We approved part of the request below for {memberName}. The approved part may be provided under the authorization number; the rest is not approved, for the reasons below.'],
    },
    denial: {
      title: 'Notice of denial',
      opening: ['After clinical review, a physician reviewer did not approve the request below for {memberName}. The reasons, the guideline criteria the decision rests on and your options are set out below.'],
    },
    hold: {
      title: 'Request for additional clinical information',
      opening: ['We need more clinical information to decide the request below for {memberName}. The case is on hold until {dueDate}.'],
    },
    pre_decision_notice: {
      title: 'Pre-decision notice: a denial is intended',
      opening: [
        'On the information received so far, a physician reviewer intends to deny the request below for {memberName}. Before the decision is made, you may send more clinical information or ask for a pre-decision clinical consultation, by {dueDate}.',
      ],
    },
    alternative_recommendation: {
      title: 'Alternative treatment recommendation',
      opening: ['After clinical review, a physician reviewer did not approve the request below for {memberName} as requested, and recommends a different treatment plan that the guideline supports.'],
    },
    administrative_denial: {
      title: 'Administrative denial',
      opening: ['The request below for {memberName} is denied for an administrative reason. Its medical necessity was not reviewed.'],
    },
    withdrawal: {
      title: 'Request withdrawn',
      opening: ['The request below for {memberName} has been withdrawn and will not be decided.'],
    },
    cancellation: {
      title: 'Request cancelled',
      opening: ['The request below for {memberName} has been cancelled and will not be decided.'],
    },
    reconsideration_outcome: {
      title: 'Outcome of the reconsideration',
      opening: ['You asked us to reconsider our decision on the request below for {memberName}, with new clinical information. The outcome follows.'],
    },
    appeal_outcome: {
      title: 'Outcome of the appeal',
      opening: ['You appealed our decision on the request below for {memberName}, with new clinical information. The outcome follows.'],
    },
    peer_to_peer_outcome: {
      title: 'Outcome of the peer-to-peer review',
      opening: ['A physician reviewer discussed our decision on the request below for {memberName} with your office in a peer-to-peer conversation. The outcome follows.'],
    },
  },
  member: {
    approval: {
      title: 'Your care was approved',
      opening: ['Your health plan, {planName}, asked Priora to review a request from your provider for your care. We approved it. You do not need to do anything.'],
    },
    partial_approval: {
      title: 'Part of your care was approved',
      opening: ['Your health plan, {planName}, asked Priora to review a request from your provider for your care. We approved part of it. This letter explains what was not approved, why, and what you can do.'],
    },
    denial: {
      title: 'Your care was not approved',
      opening: ['Your health plan, {planName}, asked Priora to review a request from your provider for your care. A doctor reviewed it and did not approve it. This letter explains why and what you can do.'],
    },
    hold: {
      title: 'We need more information from your provider',
      opening: ['Your provider asked for approval of care for you. Before we can decide, we need more information from your provider, and we have asked them for it by {dueDate}. You do not need to do anything.'],
    },
    pre_decision_notice: {
      title: 'We may not be able to approve a request for your care',
      opening: [
        'Your provider asked for approval of care for you. On the information we have so far, our doctor may not be able to approve it. We have told your provider, who can send more information or talk with our doctor by {dueDate}.',
      ],
    },
    alternative_recommendation: {
      title: 'A different treatment was recommended',
      opening: ['Your provider asked for approval of care for you. Our doctor did not approve it as asked, and recommends a different treatment instead. Your provider can ask for the recommended treatment.'],
    },
    administrative_denial: {
      title: 'A request for your care was not approved',
      opening: ['Your provider asked for approval of care for you. It was not approved, for the reason below. This was not a decision about whether the care is right for you.'],
    },
    withdrawal: {
      title: 'A request for your care was withdrawn',
      opening: ['A request your provider made for your care has been withdrawn. You do not need to do anything.'],
    },
    cancellation: {
      title: 'A request for your care was cancelled',
      opening: ['A request your provider made for your care has been cancelled. You do not need to do anything.'],
    },
    reconsideration_outcome: {
      title: 'We looked again at a request for your care',
      opening: ['Your provider asked us to look again at our decision on a request for your care, and sent new information. This letter tells you the outcome.'],
    },
    appeal_outcome: {
      title: 'The outcome of an appeal about your care',
      opening: ['Your provider appealed our decision on a request for your care, and sent new information. This letter tells you the outcome.'],
    },
    peer_to_peer_outcome: {
      title: 'We changed our decision about your care',
      opening: ['Our doctor talked with your provider about our decision on a request for your care. This letter tells you the outcome.'],
    },
  },
} satisfies LetterTemplateSet & Required<Pick<LetterTemplateSet, 'letterhead' | 'contact' | 'signature'>> & {
  provider: Record<LetterTypeCode, LetterWording>;
  member: Record<LetterTypeCode, LetterWording>;
};

/**
 * Plans' own letterheads and wording. Health Partners Plans (seed 000): radiation therapy letters
 * under the plan's program name; appeals go to the plan itself, so its numbers are on every letter.
 */
export const planLetterTemplates: Readonly<Record<string, LetterTemplateSet>> = {
  HPP: {
    id: 'HPP',
    version: 1,
    letterhead: ['Radiation Therapy Management Program for Health Partners Plans members', 'Reviewed by Priora on behalf of Health Partners Plans'],
    contact: [
      'Questions about this letter? Call Priora for Health Partners Plans at {phone} ({hours}); fax clinical information to {fax}.',
      'Appeals are handled by Health Partners Plans: call {planPhone} or fax {planFax}.',
    ],
    signature: ['Sincerely,', 'Priora Radiation Therapy Review', 'for Health Partners Plans'],
    provider: {
      denial: {
        title: 'Notice of adverse determination',
        opening: ['After clinical review under the Radiation Therapy Management Program, a physician reviewer did not approve the request below for {memberName}. The reasons, the criteria and your options follow.'],
      },
    },
  },
};
