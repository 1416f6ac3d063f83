import { describe, expect, it } from 'vitest';
import { usFederalCalendar } from '../calendar/holiday-calendar.ts';
import { policyValues } from './policy-values.fixture.ts';
import { retroWindowStatus } from './retro-window.ts';

const at = (iso: string) => new Date(iso);

describe('retro window', () => {
  const fourteenDays = policyValues();

  it('14 calendar days: the fourteenth day is the last, read on the plan clock', () => {
    // March 15 2026, 23:30 EDT is already March 16 in UTC.
    expect(retroWindowStatus(fourteenDays, '2026-03-01', at('2026-03-16T03:30:00Z'))).toEqual({ status: 'within', lastAllowedDate: '2026-03-15' });
    expect(retroWindowStatus(fourteenDays, '2026-03-01', at('2026-03-16T04:30:00Z'))).toEqual({
      status: 'past',
      lastAllowedDate: '2026-03-15',
      outcome: 'administrative_denial',
    });
  });

  it('1 business day: a Thursday service may be requested until Monday when Friday is a holiday', () => {
    const oneBusinessDay = policyValues({
      retroWindow: { within: { amount: 1, unit: 'business_days' }, outcomeWhenLate: 'administrative_denial' },
      holidayCalendar: usFederalCalendar({ id: 'central', name: 'Central', timeZone: 'America/Chicago' }),
    });
    expect(retroWindowStatus(oneBusinessDay, '2026-07-02', at('2026-07-06T22:00:00Z'))).toEqual({ status: 'within', lastAllowedDate: '2026-07-06' });
    expect(retroWindowStatus(oneBusinessDay, '2026-07-02', at('2026-07-07T14:00:00Z'))).toMatchObject({ status: 'past' });
    // A Saturday service: Monday is the one business day after it.
    expect(retroWindowStatus(oneBusinessDay, '2026-01-10', at('2026-01-12T20:00:00Z'))).toEqual({ status: 'within', lastAllowedDate: '2026-01-12' });
  });

  it('180 calendar days', () => {
    const longWindow = policyValues({ retroWindow: { within: { amount: 180, unit: 'calendar_days' }, outcomeWhenLate: 'administrative_denial' } });
    expect(retroWindowStatus(longWindow, '2026-01-15', at('2026-07-14T15:00:00Z'))).toEqual({ status: 'within', lastAllowedDate: '2026-07-14' });
    expect(retroWindowStatus(longWindow, '2026-01-15', at('2026-07-15T15:00:00Z'))).toMatchObject({ status: 'past', lastAllowedDate: '2026-07-14' });
  });

  it('a service on the request day is retrospective; a later one is not', () => {
    expect(retroWindowStatus(fourteenDays, '2026-03-01', at('2026-03-01T15:00:00Z'))).toMatchObject({ status: 'within' });
    expect(retroWindowStatus(fourteenDays, '2026-03-02', at('2026-03-01T15:00:00Z'))).toEqual({ status: 'not_retrospective' });
  });

  it('reports the outcome the policy gives for late requests', () => {
    const reviewed = policyValues({ retroWindow: { within: { amount: 0, unit: 'calendar_days' }, outcomeWhenLate: 'medical_necessity_review' } });
    expect(retroWindowStatus(reviewed, '2026-03-01', at('2026-03-02T15:00:00Z'))).toEqual({
      status: 'past',
      lastAllowedDate: '2026-03-01',
      outcome: 'medical_necessity_review',
    });
  });
});
