import { usFederalCalendar } from '../../domain/calendar/holiday-calendar.ts';

/**
 * Business-day calendars for the seeded policies. The seeds give no holiday list, so these are
 * the US federal holidays with the federal observed-date rule; none closes on the day after
 * Thanksgiving (no deck says so; a plan that does sets `dayAfterThanksgiving`).
 */

/**
 * Eastern time: the plans in PA, MA/NH and Cigna (our choice; CT headquarters) and the global
 * default. Eastern is also the safe default: its midnight comes first among the continental
 * US zones, so a deadline counted in it is never later than the member's own.
 */
export const usFederalEastern = usFederalCalendar({
  id: 'us-federal-eastern',
  name: 'US federal holidays, Eastern time',
  timeZone: 'America/New_York',
});

/** Central time: Illinois (ABHIL) and HealthSpring (our choice; Nashville headquarters). */
export const usFederalCentral = usFederalCalendar({
  id: 'us-federal-central',
  name: 'US federal holidays, Central time',
  timeZone: 'America/Chicago',
});
