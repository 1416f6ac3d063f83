import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { caseCheckSchema, P2pCaseView, SlotsView } from '../../../../contracts/p2p.ts';
import { api } from '../../../lib/api-client.ts';
import { p2pKeys } from './p2p-keys.ts';

/** GET /api/p2p/time-zone → the zone the person confirmed (null before the first use). */
export function useSchedulerTimeZone(enabled = true) {
  return useQuery({ queryKey: p2pKeys.timeZone(), enabled, queryFn: ({ signal }) => api.get<{ timeZone: string | null }>('/api/p2p/time-zone', { signal }) });
}

/**
 * PUT /api/p2p/time-zone { timeZone }: the first confirmation or a later change. The server groups
 * free times by day in this zone, so the times already read are read again.
 */
export function useConfirmTimeZone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (timeZone: string) => api.put<{ timeZone: string }>('/api/p2p/time-zone', { timeZone }),
    // The times first, then the zone: the picker never shows the old times under the new zone.
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: [...p2pKeys.all, 'slots'] });
      client.setQueryData(p2pKeys.timeZone(), saved);
    },
  });
}

/** POST /api/p2p/cases: each case by number and member DOB, with its P2P eligibility. */
export function useCheckCases() {
  return useMutation({ mutationFn: (input: z.input<typeof caseCheckSchema>) => api.post<{ cases: P2pCaseView[] }>('/api/p2p/cases', input) });
}

export interface SlotFilter {
  caseIds: readonly string[];
  /** Absent: the first week, from the server's today (the browser's clock may be wrong). */
  weekStart?: string | undefined;
  days: readonly number[];
  hours: readonly number[];
}

/** GET /api/p2p/slots: a week of free slots (the first week unless `weekStart`); all days and hours unless narrowed. */
export function useSlots(filter: SlotFilter | null) {
  return useQuery({
    queryKey: filter ? p2pKeys.slots(filter.caseIds, filter.weekStart ?? 'first', filter.days, filter.hours) : ['p2p', 'slots', 'none'],
    enabled: filter !== null,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => {
      // An empty list is no narrowing: every day or hour.
      const query = new URLSearchParams({ caseIds: filter!.caseIds.join(',') });
      if (filter!.weekStart) {
        query.set('weekStart', filter!.weekStart);
      }
      if (filter!.days.length > 0) {
        query.set('days', filter!.days.join(','));
      }
      if (filter!.hours.length > 0) {
        query.set('hours', filter!.hours.join(','));
      }
      return api.get<SlotsView>(`/api/p2p/slots?${query.toString()}`, { signal });
    },
  });
}
