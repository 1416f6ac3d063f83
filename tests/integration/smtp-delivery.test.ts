import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { eq } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { enqueueMessage } from '../../src/app/outbox/enqueue-message.ts';
import { deliverDueMessages } from '../../src/jobs/outbox-worker.ts';
import { createSmtpTransport } from '../../src/jobs/transports/smtp-transport.ts';
import { outboxMessages } from '../../src/db/schema/outbox.ts';

/** A real SMTP conversation on loopback: what nodemailer sends when SMTP_URL is set. */
let tc: TestContext;
let server: SMTPServer;
let port: number;
const received: Array<{ to: string[]; data: string }> = [];

beforeAll(async () => {
  tc = await createTestContext();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await tc.close();
});

describe('email through SMTP', () => {
  it('delivers a queued email and marks it sent', async () => {
    await tc.ctx.db.transaction((tx) =>
      enqueueMessage(tx, tc.clock, { channel: 'email', recipient: 'office@example.test', subject: 'Priora: your user ID', body: 'Your Priora user ID is: jane.doe', template: 'account.user_id_reminder' }),
    );
    const email = createSmtpTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`, 'Priora <no-reply@priora.test>');
    expect(await deliverDueMessages(tc.ctx.db, tc.clock, { email })).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['office@example.test']);
    expect(received[0]!.data).toContain('Subject: Priora: your user ID');
    expect(received[0]!.data).toContain('Your Priora user ID is: jane.doe');
    const [row] = await tc.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, 'office@example.test'));
    expect(row!.status).toBe('sent');
  });
});
