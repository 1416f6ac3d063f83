import type { OutboxChannel } from '../../db/schema/outbox.ts';

export interface DeliverableMessage {
  id: string;
  channel: OutboxChannel;
  recipient: string;
  subject: string;
  body: string;
}

/** Sends one message on one channel (SMTP for email; an SMS or fax gateway when one is added). */
export interface Transport {
  send(message: DeliverableMessage): Promise<void>;
}

/** Channels with no transport keep their messages in the outbox for administrators to read. */
export type Transports = Partial<Record<OutboxChannel, Transport>>;
