import { describe, expect, it } from 'vitest';
import { decisionDueAt, holdDueAt, inProgressExpiresAt, postDecisionDeadlines } from './deadlines.ts';
import { policyValues } from './policy-values.fixture.ts';

const policy = policyValues();
const at = (iso: string) => new Date(iso);
const iso = (instant: Date) => instant.toISOString();

describe('in-progress expiry', () => {
  it('keeps an unsubmitted request to the end of the second business day after it started', () => {
    // Friday January 9 2026, 4 pm EST → Monday (1), Tuesday (2).
    expect(iso(inProgressExpiresAt(policy, at('2026-01-09T21:00:00Z')))).toBe('2026-01-14T05:00:00.000Z');
    // Thursday July 2 2026 → Friday July 3 is the observed Independence Day.
    expect(iso(inProgressExpiresAt(policy, at('2026-07-02T14:00:00Z')))).toBe('2026-07-08T04:00:00.000Z');
  });
});

describe('hold for more information', () => {
  it('counts calendar days to the end of the last day, across the March change', () => {
    // Monday March 2 2026 + 45 days = Thursday April 16, which ends at 04:00Z (EDT).
    expect(iso(holdDueAt(policy, at('2026-03-02T15:00:00Z')))).toBe('2026-04-17T04:00:00.000Z');
    // One calendar day (Medicare) may end on a Saturday.
    const medicare = policyValues({ holdForInformation: { amount: 1, unit: 'calendar_days' } });
    expect(iso(holdDueAt(medicare, at('2026-01-09T15:00:00Z')))).toBe('2026-01-11T05:00:00.000Z');
  });
});

describe('decision due', () => {
  it('standard: 2 business days after complete information', () => {
    expect(decisionDueAt(policy, { urgency: 'standard', completeAt: at('2026-01-09T21:00:00Z'), lineOfBusiness: 'commercial' })).toEqual({
      dueAt: at('2026-01-14T05:00:00Z'),
      setBy: 'plan_turnaround',
    });
  });

  it('urgent: 72 elapsed hours, even across the clocks changing', () => {
    const due = decisionDueAt(policy, { urgency: 'urgent', completeAt: at('2026-03-07T15:00:00Z'), lineOfBusiness: 'commercial' });
    expect(iso(due.dueAt)).toBe('2026-03-10T15:00:00.000Z');
  });

  it('Medicare: the 7-calendar-day cap from receipt wins when information came late', () => {
    const clock = { urgency: 'standard' as const, receivedAt: at('2026-03-02T14:00:00Z'), completeAt: at('2026-03-06T20:00:00Z') };
    // Plan: Friday March 6 + 2 business days = end of Tuesday March 10. Cap: March 2 + 7 = end of Monday March 9.
    expect(decisionDueAt(policy, { ...clock, lineOfBusiness: 'medicare' })).toEqual({ dueAt: at('2026-03-10T04:00:00Z'), setBy: 'regulatory_cap' });
    expect(decisionDueAt(policy, { ...clock, lineOfBusiness: 'commercial' })).toEqual({ dueAt: at('2026-03-11T04:00:00Z'), setBy: 'plan_turnaround' });
  });

  it('Medicaid urgent: 72 hours from receipt caps 72 hours from complete information', () => {
    const due = decisionDueAt(policy, {
      urgency: 'urgent',
      receivedAt: at('2026-03-02T14:00:00Z'),
      completeAt: at('2026-03-04T14:00:00Z'),
      lineOfBusiness: 'medicaid',
    });
    expect(due).toEqual({ dueAt: at('2026-03-05T14:00:00Z'), setBy: 'regulatory_cap' });
  });

  it('no cap for requests received before it applied, or when the plan is faster', () => {
    const before = decisionDueAt(policy, {
      urgency: 'standard',
      receivedAt: at('2025-11-03T14:00:00Z'),
      completeAt: at('2025-11-20T14:00:00Z'),
      lineOfBusiness: 'medicare',
    });
    expect(before.setBy).toBe('plan_turnaround');
    const fast = decisionDueAt(policy, { urgency: 'standard', completeAt: at('2026-03-02T14:00:00Z'), lineOfBusiness: 'medicare' });
    expect(fast).toEqual({ dueAt: at('2026-03-05T05:00:00Z'), setBy: 'plan_turnaround' });
  });
});

describe('post-decision deadlines', () => {
  const determinedAt = at('2026-11-25T15:00:00Z'); // Wednesday before Thanksgiving

  it('Medicaid: reconsideration within 2 business days, appeal to the plan within 60 calendar days', () => {
    const medicaid = policyValues({ reconsideration: { kind: 'within', within: { amount: 2, unit: 'business_days' } } });
    expect(postDecisionDeadlines(medicaid, determinedAt)).toEqual({
      // Thursday 26 closed; Friday 27 (1), Monday 30 (2).
      reconsideration: { kind: 'until', dueAt: at('2026-12-01T05:00:00Z') },
      // November 25 + 60 days = January 24 2027.
      appeal: { handledBy: 'plan', dueAt: at('2027-01-25T05:00:00Z') },
    });
  });

  it('Medicare: no reconsideration; commercial: until the appeal', () => {
    expect(postDecisionDeadlines(policyValues({ reconsideration: { kind: 'none' } }), determinedAt).reconsideration).toEqual({ kind: 'none' });
    expect(postDecisionDeadlines(policy, determinedAt).reconsideration).toEqual({ kind: 'before_appeal', dueAt: at('2027-01-25T05:00:00Z') });
  });
});
