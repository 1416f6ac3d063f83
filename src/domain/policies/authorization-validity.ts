import { addDays, addMonths, type IsoDate } from '../calendar/iso-date.ts';
import type { PolicyValues } from './policy-types.ts';

export type AuthorizationKind = 'standard' | 'dme_purchase' | 'dme_daily_rental' | 'dme_monthly_rental';

export interface ValidityRequest {
  dateOfService: IsoDate;
  kind: AuthorizationKind;
  /** Approved months; required for a monthly rental. */
  rentalMonths?: number;
}

/** Both dates inclusive: the authorization covers services from `start` through `end`. */
export interface ValidityPeriod {
  start: IsoDate;
  end: IsoDate;
}

/**
 * The period an approval covers, from the date of service. End = start + the count, matching
 * the seed example (review 5/20/2020, expiration 11/16/2020: exactly 180 days on).
 */
export function authorizationValidity(policy: PolicyValues, request: ValidityRequest): ValidityPeriod {
  const validity = policy.authorizationValidity;
  const start = request.dateOfService;
  switch (request.kind) {
    case 'standard':
      return { start, end: addDays(start, validity.standardDays) };
    case 'dme_purchase':
      return { start, end: addDays(start, validity.dmePurchaseDays) };
    case 'dme_daily_rental':
      return { start, end: addDays(start, validity.dmeDailyRentalDays) };
    case 'dme_monthly_rental': {
      const months = request.rentalMonths;
      if (months === undefined || !Number.isInteger(months) || months < 1) {
        throw new RangeError(`A monthly rental needs a whole number of approved months (1 or more): ${months}`);
      }
      return { start, end: addMonths(start, months + validity.dmeMonthlyRentalExtraMonths) };
    }
  }
}
