import { compareIsoDates, type IsoDate } from '../calendar/iso-date.ts';
import { dateInZone } from '../calendar/time-zone.ts';
import { dateAfter } from './day-counts.ts';
import type { PolicyValues } from './policy-types.ts';

export type RetroWindowStatus =
  /** The service is still to come: a prior authorization, not a retro request. */
  | { status: 'not_retrospective' }
  | { status: 'within'; lastAllowedDate: IsoDate }
  | { status: 'past'; lastAllowedDate: IsoDate; outcome: PolicyValues['retroWindow']['outcomeWhenLate'] };

/**
 * Whether a request for a service already given arrives in time. The window counts from the
 * date of service, and the request's day is read in the policy calendar's zone: a request sent
 * at 11 pm in Chicago on the last allowed day is on time even though it is tomorrow in UTC.
 * A date of service equal to the request day counts as retrospective: the wizard asks this
 * only after the provider says the service was already performed (C3 step 6).
 */
export function retroWindowStatus(policy: PolicyValues, dateOfService: IsoDate, requestInstant: Date): RetroWindowStatus {
  const calendar = policy.holidayCalendar;
  const requestDate = dateInZone(requestInstant, calendar.timeZone);
  if (compareIsoDates(requestDate, dateOfService) < 0) {
    return { status: 'not_retrospective' };
  }
  const lastAllowedDate = dateAfter(dateOfService, policy.retroWindow.within, calendar);
  if (compareIsoDates(requestDate, lastAllowedDate) <= 0) {
    return { status: 'within', lastAllowedDate };
  }
  return { status: 'past', lastAllowedDate, outcome: policy.retroWindow.outcomeWhenLate };
}
