import { addHours } from '../calendar/business-days.ts';
import { compareIsoDates } from '../calendar/iso-date.ts';
import { dateInZone } from '../calendar/time-zone.ts';
import { deadlineAfter } from './day-counts.ts';
import type { LineOfBusiness, PolicyValues } from './policy-types.ts';

/** When an unsubmitted request leaves "Certification Requests In Progress" (no correspondence). */
export function inProgressExpiresAt(policy: PolicyValues, createdAt: Date): Date {
  return deadlineAfter(createdAt, policy.inProgressExpiry, policy.holidayCalendar);
}

/** The date a hold letter asks for the missing documentation by. */
export function holdDueAt(policy: PolicyValues, heldAt: Date): Date {
  return deadlineAfter(heldAt, policy.holdForInformation, policy.holidayCalendar);
}

export interface DecisionClock {
  urgency: 'standard' | 'urgent';
  /** When the clinical information became complete: the plan's turnaround starts here. */
  completeAt: Date;
  /** When the request arrived: the regulatory cap starts here. Defaults to completeAt. */
  receivedAt?: Date;
  lineOfBusiness: LineOfBusiness;
}

export interface DecisionDue {
  dueAt: Date;
  /** Which clock set the due time, so a dashboard can say why a case is due early. */
  setBy: 'plan_turnaround' | 'regulatory_cap';
}

/**
 * The decision deadline: the plan's turnaround from complete information, or the regulatory cap
 * from receipt when that comes first. The cap matters when information arrives late: a Medicare
 * request received on day 1 and completed on day 6 must still be decided within 7 calendar days
 * of receipt, not 2 business days after day 6.
 */
export function decisionDueAt(policy: PolicyValues, clock: DecisionClock): DecisionDue {
  const calendar = policy.holidayCalendar;
  const planDue =
    clock.urgency === 'urgent' ? addHours(clock.completeAt, policy.urgentDecisionHours) : deadlineAfter(clock.completeAt, policy.standardDecision, calendar);

  const cap = policy.regulatoryDecisionCap;
  const receivedAt = clock.receivedAt ?? clock.completeAt;
  if (
    cap === null ||
    !cap.linesOfBusiness.includes(clock.lineOfBusiness) ||
    compareIsoDates(dateInZone(receivedAt, calendar.timeZone), cap.appliesFrom) < 0
  ) {
    return { dueAt: planDue, setBy: 'plan_turnaround' };
  }
  const capDue = clock.urgency === 'urgent' ? addHours(receivedAt, cap.urgentHours) : deadlineAfter(receivedAt, cap.standard, calendar);
  return capDue.getTime() < planDue.getTime() ? { dueAt: capDue, setBy: 'regulatory_cap' } : { dueAt: planDue, setBy: 'plan_turnaround' };
}

export type ReconsiderationWindow =
  | { kind: 'none' }
  | { kind: 'until'; dueAt: Date }
  /** Open until an appeal is filed, and at the latest until the appeal window closes. */
  | { kind: 'before_appeal'; dueAt: Date };

export interface PostDecisionDeadlines {
  reconsideration: ReconsiderationWindow;
  appeal: { handledBy: 'plan' | 'vendor'; dueAt: Date };
}

/** What may follow a denial and until when (C6 "All post decision options"). */
export function postDecisionDeadlines(policy: PolicyValues, determinedAt: Date): PostDecisionDeadlines {
  const calendar = policy.holidayCalendar;
  const appeal = { handledBy: policy.appeal.handledBy, dueAt: deadlineAfter(determinedAt, policy.appeal.within, calendar) };
  const rule = policy.reconsideration;
  switch (rule.kind) {
    case 'none':
      return { reconsideration: { kind: 'none' }, appeal };
    case 'within':
      return { reconsideration: { kind: 'until', dueAt: deadlineAfter(determinedAt, rule.within, calendar) }, appeal };
    case 'before_appeal':
      return { reconsideration: { kind: 'before_appeal', dueAt: appeal.dueAt }, appeal };
  }
}
