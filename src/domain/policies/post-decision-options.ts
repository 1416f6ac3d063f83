import type { PostDecisionOptionView } from '../../contracts/letters.ts';
import { dateInZone } from '../calendar/time-zone.ts';
import { deadlineAfter } from './day-counts.ts';
import { postDecisionDeadlines } from './deadlines.ts';
import type { LineOfBusiness, PolicyValues } from './policy-types.ts';

/**
 * "All post decision options" (C6): what a provider may still do after an adverse determination,
 * and until when. The one source of truth for the letters, the case pages and (issue 6) the
 * peer-to-peer scheduler and reconsideration requests.
 */

export type PostDecisionOptionKind = 'peer_to_peer' | 'peer_to_peer_consultative' | 'reconsideration' | 'appeal_first_level' | 'appeal_second_level';

/** Who to call or fax about an option: Priora's line for the plan and program, or the plan itself. */
export interface OptionContact {
  name: string;
  phone: string | null;
  fax: string | null;
}

export interface PostDecisionOption {
  kind: PostDecisionOptionKind;
  /** In the seeds' words ("First Level Appeal"). */
  label: string;
  /** The end (exclusive) of the window; null when the plan does not offer the option at all. */
  availableUntil: Date | null;
  /** Whether it may still be asked for at `now`. */
  open: boolean;
  /** Closed before its window ended, by what was already asked for (the explanation says what). */
  closedByHistory: boolean;
  handledBy: 'vendor' | 'plan';
  /** One sentence a provider understands: what it is, or why it is not offered. */
  explanation: string;
  contact: OptionContact | null;
  /** Asked for by phone only, never on the web: an expedited or post-service appeal (seed 000). */
  phoneOnly: boolean;
}

/**
 * Which appeal a case would have (seed 000): only a standard pre-service appeal is asked for
 * online; an expedited one (the request was urgent) or a post-service one (the service was
 * already performed) "must be initiated by calling".
 */
export type AppealRoute = 'standard_pre_service' | 'expedited' | 'post_service';
export function appealRouteOf(row: { urgency: string | null; retrospective: boolean | null }): AppealRoute {
  return row.urgency === 'urgent' ? 'expedited' : row.retrospective ? 'post_service' : 'standard_pre_service';
}

/** Decisions that carry post-decision options: the clinical adverse ones, and the administrative denial (appeal only). */
type Outcome = 'approved' | 'partially_approved' | 'denied' | 'administratively_denied' | 'alternative_recommended' | 'withdrawn' | 'cancelled';
const CLINICAL_ADVERSE: readonly Outcome[] = ['denied', 'partially_approved', 'alternative_recommended'];

/**
 * A reconsideration or appeal already asked for on the case, or a peer-to-peer whose outcome
 * could change the decision (post_decision_requests), oldest first.
 */
export interface PastPostDecisionRequest {
  kind: 'reconsideration' | 'appeal_first_level' | 'appeal_second_level' | 'peer_to_peer';
  status: 'requested' | 'abandoned' | 'decided';
  outcome: 'upheld' | 'overturned' | 'partially_overturned' | null;
}

export interface PostDecisionInput {
  lineOfBusiness: LineOfBusiness;
  outcome: Outcome;
  determinedAt: Date;
  now: Date;
  /** The health plan, for the options it handles itself (appeals not delegated to Priora). */
  plan: OptionContact;
  /** What the office already asked for: closes the options it used up (one request per kind). */
  history: readonly PastPostDecisionRequest[];
  /** Standard pre-service unless said: an expedited or post-service appeal Priora decides is asked for by phone. */
  appealRoute?: AppealRoute;
}

export const POST_DECISION_LABELS: Record<PostDecisionOptionKind, string> = {
  peer_to_peer: 'Peer to Peer Review',
  peer_to_peer_consultative: 'Consultative Only Peer to Peer',
  reconsideration: 'Reconsideration',
  appeal_first_level: 'First Level Appeal',
  appeal_second_level: 'Second Level Appeal',
};

type MakeOption = (kind: PostDecisionOptionKind, availableUntil: Date | null, handledBy: 'vendor' | 'plan', explanation: string) => PostDecisionOption;

/** Builds options for one case: open by `now`; contact Priora's line for the plan, or the plan itself. */
function optionMaker(policy: PolicyValues, input: PostDecisionInput): MakeOption {
  const vendor: OptionContact = { name: 'Priora', phone: policy.contact.phone, fax: policy.contact.fax };
  return (kind, availableUntil, handledBy, explanation) => ({
    kind,
    label: POST_DECISION_LABELS[kind],
    availableUntil,
    open: availableUntil !== null && input.now.getTime() < availableUntil.getTime(),
    closedByHistory: false,
    handledBy,
    explanation,
    contact: availableUntil === null ? null : handledBy === 'plan' ? input.plan : vendor,
    phoneOnly: false,
  });
}

function appealExplanation(plan: OptionContact, level: 'first' | 'second', handledBy: 'vendor' | 'plan'): string {
  if (handledBy === 'plan') {
    return `Appeals are decided by ${plan.name}, not by Priora: send the appeal to the plan in writing by mail or fax, or call the plan, by the date shown.`;
  }
  return level === 'first'
    ? 'A physician who did not make this decision reviews the request and all its clinical information again. Ask online with new clinical information, or by phone or fax, by the date shown.'
    : 'After a first level appeal, a further review by another physician. Ask online with new clinical information, or by phone or fax, by the date shown.';
}

export function postDecisionOptions(policy: PolicyValues, input: PostDecisionInput): PostDecisionOption[] {
  // An overturn leaves nothing adverse to ask about.
  if (input.history.some((request) => request.outcome === 'overturned')) {
    return [];
  }
  return withHistory(policyOptions(policy, input), input.history, policy.reconsideration.kind === 'before_appeal');
}

/** The options the plan's policy gives an adverse decision, before anything was asked for. */
function policyOptions(policy: PolicyValues, input: PostDecisionInput): PostDecisionOption[] {
  const clinical = CLINICAL_ADVERSE.includes(input.outcome);
  if (!clinical && input.outcome !== 'administratively_denied') {
    return [];
  }
  const option = optionMaker(policy, input);
  const deadlines = postDecisionDeadlines(policy, input.determinedAt);
  const appeals = [option('appeal_first_level', deadlines.appeal.dueAt, deadlines.appeal.handledBy, appealExplanation(input.plan, 'first', deadlines.appeal.handledBy))];
  const second = policy.appeal.secondLevel;
  if (second) {
    appeals.push(option('appeal_second_level', deadlineAfter(input.determinedAt, second.within, policy.holidayCalendar), second.handledBy, appealExplanation(input.plan, 'second', second.handledBy)));
  }
  const route = input.appealRoute ?? 'standard_pre_service';
  if (route !== 'standard_pre_service') {
    for (const [index, appeal] of appeals.entries()) {
      if (appeal.handledBy === 'vendor') {
        const what = route === 'expedited' ? 'This request was urgent: its appeal is an expedited appeal' : 'The service was already performed: its appeal is a post-service appeal';
        appeals[index] = { ...appeal, phoneOnly: true, explanation: `${what}, asked for by calling Priora (not online) by the date shown.` };
      }
    }
  }
  if (!clinical) {
    return appeals;
  }

  const medicare = input.lineOfBusiness === 'medicare';
  const window = deadlines.reconsideration;
  const reconsideration =
    window.kind === 'none'
      ? option('reconsideration', null, 'vendor', medicare ? 'Medicare plans do not offer reconsideration.' : 'This plan does not offer reconsideration.')
      : option(
          'reconsideration',
          window.dueAt,
          'vendor',
          `A Priora physician reviews the case again with any new clinical information; ask in writing or by phone through a clinical consultation${window.kind === 'before_appeal' ? ', before any appeal is filed' : ''}.`,
        );
  const vendorReviews = [reconsideration, ...appeals.filter((appeal) => appeal.handledBy === 'vendor')];
  return [...peerToPeerOptions(policy, input, medicare, vendorReviews, option), reconsideration, ...appeals];
}

const REVIEW_KINDS: readonly PostDecisionOptionKind[] = ['reconsideration', 'appeal_first_level', 'appeal_second_level'];

/**
 * Why a review the plan offers is no longer open, from the case's history (C6): each kind once
 * (under review or decided; an abandoned request uses nothing up); none while another is under review; a reconsideration
 * "before appeal" closes once an appeal is filed; a second level only after a first level was
 * decided against the provider (upheld or partly); never a reconsideration after an appeal was
 * filed. Null when it stays as the policy says.
 */
function closedBy(kind: PostDecisionOptionKind, history: readonly PastPostDecisionRequest[], beforeAppeal: boolean): string | null {
  const label = POST_DECISION_LABELS[kind];
  // An abandoned request ("will not proceed … at this time", seed 000) uses nothing up: it may be asked for again in its window.
  const own = history.find((request) => request.kind === kind && request.status !== 'abandoned');
  if (own) {
    return `A ${label} ${own.status === 'requested' ? 'is under review' : 'was decided'} on this case; it can be asked for once.`;
  }
  const open = history.find((request) => request.status === 'requested');
  if (open) {
    return `Not while the ${POST_DECISION_LABELS[open.kind]} of this case is under review.`;
  }
  // An appeal is the later level: once one is filed, a reconsideration is never asked for after it.
  const appealFiled = history.some((request) => request.kind.startsWith('appeal_') && request.status !== 'abandoned');
  if (kind === 'reconsideration' && appealFiled) {
    return beforeAppeal ? 'A reconsideration must be asked for before an appeal; an appeal was filed on this case.' : 'An appeal was filed on this case: a reconsideration is no longer available.';
  }
  if (kind === 'appeal_second_level' && !history.some((request) => request.kind === 'appeal_first_level' && request.status === 'decided')) {
    return 'Available once a First Level Appeal of this case has been decided.';
  }
  return null;
}

/** A peer-to-peer that could change the decision is held once: after its outcome, a call is consultative only. */
const P2P_HELD = 'A Peer to Peer Review was held on this case and its outcome recorded; it can be held once.';

function withHistory(options: PostDecisionOption[], history: readonly PastPostDecisionRequest[], beforeAppeal: boolean): PostDecisionOption[] {
  const p2pHeld = history.some((request) => request.kind === 'peer_to_peer');
  return options.map((option) => {
    const reason =
      option.kind === 'peer_to_peer' && p2pHeld ? P2P_HELD : REVIEW_KINDS.includes(option.kind) && option.availableUntil ? closedBy(option.kind, history, beforeAppeal) : null;
    return reason ? { ...option, open: false, closedByHistory: true, explanation: reason } : option;
  });
}

/**
 * A peer-to-peer conversation can change the decision only while the plan allows it and a review
 * by Priora (reconsideration or a delegated appeal) is still open; after that, and always when the
 * plan says so (Medicare), it is consultative only (seed 000: "Post-decision options for this case
 * have been exhausted or are not delegated… it will be considered consultative only").
 */
function peerToPeerOptions(policy: PolicyValues, input: PostDecisionInput, medicare: boolean, vendorReviews: readonly PostDecisionOption[], option: MakeOption): PostDecisionOption[] {
  const windowEnd = deadlineAfter(input.determinedAt, policy.peerToPeer.within, policy.holidayCalendar);
  const vendorReviewEnds = vendorReviews.flatMap((review) => (review.availableUntil ? [review.availableUntil.getTime()] : []));
  const decisiveUntil =
    policy.peerToPeer.afterDenial === 'may_change_decision' && vendorReviewEnds.length > 0 ? new Date(Math.min(windowEnd.getTime(), Math.max(...vendorReviewEnds))) : null;

  const options: PostDecisionOption[] = [];
  if (decisiveUntil) {
    options.push(option('peer_to_peer', decisiveUntil, 'vendor', 'Talk about the decision with a Priora physician reviewer; the conversation may change the decision. Schedule it online or by phone; it must take place by the date shown.'));
  }
  if (!decisiveUntil || decisiveUntil.getTime() < windowEnd.getTime()) {
    const explanation =
      policy.peerToPeer.afterDenial === 'consultative_only'
        ? medicare
          ? 'A peer-to-peer conversation after a Medicare denial is consultative only: it cannot change the decision.'
          : 'A peer-to-peer conversation after this decision is consultative only: it cannot change the decision.'
        : decisiveUntil
          ? 'Once the peer-to-peer review window closes, a conversation with the physician reviewer is consultative only: it cannot change the decision.'
          : 'Post-decision reviews are not delegated to Priora for this plan: a peer-to-peer conversation is consultative only and cannot change the decision.';
    options.push(option('peer_to_peer_consultative', windowEnd, 'vendor', explanation));
  }
  return options;
}

/** The option as the API sends it: ISO instants, and the last allowed day in the plan's zone for people to read. */
export function postDecisionOptionView(option: PostDecisionOption, timeZone: string): PostDecisionOptionView {
  return {
    ...option,
    availableUntil: option.availableUntil?.toISOString() ?? null,
    lastDay: option.availableUntil ? dateInZone(new Date(option.availableUntil.getTime() - 1), timeZone) : null,
  };
}
