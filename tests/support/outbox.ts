import { and, desc, eq } from 'drizzle-orm';
import { outboxMessages } from '../../src/db/schema/outbox.ts';
import type { TestContext } from './test-context.ts';

export async function messagesTo(tc: TestContext, recipient: string, template?: string) {
  return tc.ctx.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.recipient, recipient), template ? eq(outboxMessages.template, template) : undefined))
    .orderBy(desc(outboxMessages.createdAt));
}

export async function latestMessage(tc: TestContext, recipient: string, template: string) {
  const [message] = await messagesTo(tc, recipient, template);
  if (!message) {
    throw new Error(`no ${template} message to ${recipient}`);
  }
  return message;
}

export function linkToken(body: string): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(body);
  if (!match?.[1]) {
    throw new Error(`no token link in: ${body}`);
  }
  return match[1];
}

export function pinIn(body: string): string {
  const match = /\b(\d{6})\b/.exec(body);
  if (!match?.[1]) {
    throw new Error(`no PIN in: ${body}`);
  }
  return match[1];
}
