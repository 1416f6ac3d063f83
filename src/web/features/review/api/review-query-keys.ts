/** Query keys of the reviewer workbench; a change to a case refreshes the queue. */
export const reviewKeys = {
  all: ['review'] as const,
  queues: ['review', 'queue'] as const,
  queue: (query: Record<string, string | undefined>) => ['review', 'queue', query] as const,
  case: (caseId: string) => ['review', 'case', caseId] as const,
};
