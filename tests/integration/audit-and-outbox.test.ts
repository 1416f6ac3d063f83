import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { Browser, createUser, signIn, TEST_PASSWORD } from '../support/http.ts';
import { auditEvents } from '../../src/db/schema/audit.ts';
import { outboxMessages } from '../../src/db/schema/outbox.ts';
import { verifyAuditChain } from '../../src/app/audit/audit-trail.ts';
import { enqueueMessage } from '../../src/app/outbox/enqueue-message.ts';
import { deliverDueMessages } from '../../src/jobs/outbox-worker.ts';
import { MINUTE } from '../../src/domain/shared/clock.ts';

let tc: TestContext;
let admin: Browser;
beforeAll(async () => {
  tc = await createTestContext();
  await createUser(tc, { userName: 'audit.admin', role: 'system_admin' });
  await new Browser(tc.app).post('/api/auth/login', { userName: 'audit.admin', password: 'wrong password here', agreeToHipaa: true });
  admin = await signIn(tc, 'audit.admin');
});
afterAll(async () => {
  await tc.close();
});

describe('audit trail', () => {
  it('records every sign-in event with who, what, outcome and where', async () => {
    const response = await admin.get('/api/audit?actor=audit.admin');
    const events = response.json<{ events: Array<{ action: string; outcome: string; ipAddress: string; actorRole: string }> }>().events;
    const actions = events.map((event) => `${event.action}:${event.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(['auth.login:success', 'auth.mfa.verify:success']));
    expect(events.every((event) => event.ipAddress === '127.0.0.1' && event.actorRole === 'system_admin')).toBe(true);
    const all = (await admin.get('/api/audit?action=auth.login')).json<{ events: Array<{ outcome: string }> }>().events;
    expect(all.some((event) => event.outcome === 'failure')).toBe(true);
  });

  it('verifies an intact chain', async () => {
    const result = (await admin.get('/api/audit/verify')).json<{ ok: boolean; checked: number }>();
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(3);
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
    await expect(tc.ctx.db.update(auditEvents).set({ action: 'x' }).where(eq(auditEvents.sequence, 1))).rejects.toThrow();
    await expect(tc.ctx.db.delete(auditEvents).where(eq(auditEvents.sequence, 1))).rejects.toThrow();
    await expect(tc.ctx.db.execute(sql`truncate audit_events`)).rejects.toThrow();
  });

  it('detects a row changed behind the application’s back, and a missing row', async () => {
    // A database superuser can switch the guard off; the chain still gives them away.
    await tc.ctx.db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    await tc.ctx.db.execute(sql`update audit_events set outcome = 'success' where sequence = 1`);
    const altered = await verifyAuditChain(tc.ctx.db);
    expect(altered).toMatchObject({ ok: false, problem: { kind: 'altered', sequence: 1 } });

    await tc.ctx.db.execute(sql`update audit_events set outcome = 'failure' where sequence = 1`);
    expect((await verifyAuditChain(tc.ctx.db)).ok).toBe(true);

    await tc.ctx.db.execute(sql`delete from audit_events where sequence = 3`);
    const gap = await verifyAuditChain(tc.ctx.db);
    expect(gap).toMatchObject({ ok: false, checked: 2, problem: { kind: 'gap', expectedSequence: 3, foundSequence: 4 } });
    await tc.ctx.db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
  });
});

describe('outbox', () => {
  it('keeps messages for channels without a transport and shows them to administrators', async () => {
    await tc.ctx.db.transaction((tx) =>
      enqueueMessage(tx, tc.clock, { channel: 'fax', recipient: '6155550101', subject: 'Fax', body: 'Hello by fax', template: 'test.fax' }),
    );
    await deliverDueMessages(tc.ctx.db, tc.clock, {});
    const [kept] = await tc.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.template, 'test.fax'));
    expect(kept!.status).toBe('kept');
    const listed = (await admin.get('/api/outbox?channel=fax')).json<{ messages: Array<{ body: string; status: string }> }>().messages;
    expect(listed).toEqual([expect.objectContaining({ body: 'Hello by fax', status: 'kept' })]);
  });

  it('delivers through a transport, retries after a failure, and never loses a rolled-back message', async () => {
    await expect(
      tc.ctx.db.transaction(async (tx) => {
        await enqueueMessage(tx, tc.clock, { channel: 'email', recipient: 'gone@x.test', subject: 'S', body: 'B', template: 'test.rollback' });
        throw new Error('the change that caused it failed');
      }),
    ).rejects.toThrow();
    expect(await tc.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.template, 'test.rollback'))).toHaveLength(0);

    await tc.ctx.db.transaction((tx) =>
      enqueueMessage(tx, tc.clock, { channel: 'email', recipient: 'flaky@x.test', subject: 'S', body: 'B', template: 'test.flaky' }),
    );
    const sent: string[] = [];
    let failNext = true;
    const email = {
      send: (message: { recipient: string }) => {
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('connection refused'));
        }
        sent.push(message.recipient);
        return Promise.resolve();
      },
    };
    await deliverDueMessages(tc.ctx.db, tc.clock, { email });
    let [row] = await tc.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.template, 'test.flaky'));
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'connection refused' });
    // Not retried before its back-off has passed.
    await deliverDueMessages(tc.ctx.db, tc.clock, { email });
    expect(sent).toEqual([]);
    tc.clock.advance(2 * MINUTE);
    await deliverDueMessages(tc.ctx.db, tc.clock, { email });
    expect(sent).toContain('flaky@x.test');
    [row] = await tc.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.template, 'test.flaky'));
    expect(row!.status).toBe('sent');
  });

  it('keeps passwords and codes out of the outbox listing’s audit details', async () => {
    const events = (await admin.get('/api/audit?action=outbox.read')).json<{ events: unknown[] }>().events;
    expect(JSON.stringify(events)).not.toContain(TEST_PASSWORD);
  });
});
