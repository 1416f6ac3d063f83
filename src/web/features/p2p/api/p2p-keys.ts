/** Query keys of the P2P scheduler: one family, so a booking change refreshes every list. */
export const p2pKeys = {
  all: ['p2p'] as const,
  timeZone: () => ['p2p', 'time-zone'] as const,
  availability: () => ['p2p', 'availability'] as const,
  slots: (caseIds: readonly string[], weekStart: string, days: readonly number[], hours: readonly number[]) => ['p2p', 'slots', caseIds.join(','), weekStart, days.join(','), hours.join(',')] as const,
  appointments: () => ['p2p', 'appointments'] as const,
  appointment: (id: string) => ['p2p', 'appointments', id] as const,
};
