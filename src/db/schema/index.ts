// The one place that gathers every table for Drizzle's relational client.
export * from './reference.ts';
export * from './plans.ts';
export * from './offices.ts';
export * from './users.ts';
export * from './auth.ts';
export * from './practitioners.ts';
export * from './members.ts';
export * from './outbox.ts';
export * from './audit.ts';
export * from './cases.ts';
export * from './documents.ts';
export * from './policies.ts';
export * from './review.ts';
export * from './letters.ts';
export * from './post-decision.ts';
