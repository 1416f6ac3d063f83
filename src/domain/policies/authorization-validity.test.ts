import { describe, expect, it } from 'vitest';
import { authorizationValidity } from './authorization-validity.ts';
import { policyValues } from './policy-values.fixture.ts';

const policy = policyValues();

describe('authorization validity', () => {
  it('standard: 180 days, as in the seed example (5/20/2020 → 11/16/2020)', () => {
    expect(authorizationValidity(policy, { dateOfService: '2020-05-20', kind: 'standard' })).toEqual({ start: '2020-05-20', end: '2020-11-16' });
  });

  it('DME purchase and daily rental: 90 days', () => {
    expect(authorizationValidity(policy, { dateOfService: '2026-01-15', kind: 'dme_purchase' })).toEqual({ start: '2026-01-15', end: '2026-04-15' });
    const shorter = policyValues({ authorizationValidity: { ...policy.authorizationValidity, dmeDailyRentalDays: 30 } });
    expect(authorizationValidity(shorter, { dateOfService: '2026-01-15', kind: 'dme_daily_rental' }).end).toBe('2026-02-14');
  });

  it('monthly rental: the approved months plus one, ending on a short month’s last day', () => {
    expect(authorizationValidity(policy, { dateOfService: '2026-01-31', kind: 'dme_monthly_rental', rentalMonths: 3 })).toEqual({
      start: '2026-01-31',
      end: '2026-05-31',
    });
    expect(authorizationValidity(policy, { dateOfService: '2026-10-31', kind: 'dme_monthly_rental', rentalMonths: 3 }).end).toBe('2027-02-28');
    expect(authorizationValidity(policy, { dateOfService: '2026-03-10', kind: 'dme_monthly_rental', rentalMonths: 1 }).end).toBe('2026-05-10');
  });

  it('refuses a monthly rental without a whole number of months', () => {
    expect(() => authorizationValidity(policy, { dateOfService: '2026-03-10', kind: 'dme_monthly_rental' })).toThrow(RangeError);
    expect(() => authorizationValidity(policy, { dateOfService: '2026-03-10', kind: 'dme_monthly_rental', rentalMonths: 0 })).toThrow(RangeError);
    expect(() => authorizationValidity(policy, { dateOfService: '2026-03-10', kind: 'dme_monthly_rental', rentalMonths: 1.5 })).toThrow(RangeError);
  });
});
