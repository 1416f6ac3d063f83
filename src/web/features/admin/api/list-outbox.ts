import { useQuery } from '@tanstack/react-query';
import type { OutboxMessageView } from '../../../../contracts/admin.ts';
import { api } from '../../../lib/api-client.ts';

export type OutboxChannel = OutboxMessageView['channel'];

/** GET /api/outbox?channel=&limit= → { messages } (system administrators). */
export function listOutbox(channel: OutboxChannel | null, limit: number, signal?: AbortSignal): Promise<{ messages: OutboxMessageView[] }> {
  return api.get<{ messages: OutboxMessageView[] }>('/api/outbox', { query: { channel, limit }, ...(signal ? { signal } : {}) });
}

export function useOutbox(channel: OutboxChannel | null, limit = 100) {
  return useQuery({
    queryKey: ['outbox', channel, limit],
    queryFn: ({ signal }) => listOutbox(channel, limit, signal),
    // Newest first, whatever order the server used.
    select: (data) => [...data.messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  });
}
