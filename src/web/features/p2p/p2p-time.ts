/** Times in the scheduler: always in the person's confirmed zone, with the zone's short name. */

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function allTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

/** "6:15 AM PST" */
export function slotTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));
}

/** "Tue 3/3/26" for a calendar date (YYYY-MM-DD). */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'numeric', day: 'numeric', year: '2-digit' }).format(new Date(`${date}T12:00:00Z`));
}

/** "Tue 3/3/26 6:15 AM PST" */
export function slotDateTime(iso: string, timeZone: string): string {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  return `${dayLabel(date)} ${slotTime(iso, timeZone)}`;
}

export function addDaysTo(date: string, days: number): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}
