import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEventView } from '../../../../contracts/admin.ts';
import { api } from '../../../lib/api-client.ts';

export interface AuditFilters {
  actor: string;
  action: string;
  /** ISO instants. */
  from: string | null;
  to: string | null;
  limit: number;
}

/** GET /api/audit?actor=&action=&from=&to=&limit= → { events } (system administrators). */
export function listAudit(filters: AuditFilters, signal?: AbortSignal): Promise<{ events: AuditEventView[] }> {
  return api.get<{ events: AuditEventView[] }>('/api/audit', {
    query: { actor: filters.actor.trim(), action: filters.action.trim(), from: filters.from, to: filters.to, limit: filters.limit },
    ...(signal ? { signal } : {}),
  });
}

export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', filters],
    queryFn: ({ signal }) => listAudit(filters, signal),
    select: (data) => data.events,
    placeholderData: keepPreviousData,
  });
}
