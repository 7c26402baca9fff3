import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { assertJobId, messageCatalog, MessageName, PayloadOf, validatePayload } from '@cercle/contracts';
import { OutboxMessage } from './outbox-message.entity';

export interface PublishOptions {
  /** Deterministic job id (e.g. a lifecycle step), so that publishing twice schedules once. */
  jobId?: string;
  /** Deliver no earlier than this (a delayed job). */
  availableAt?: Date;
}

/**
 * Writes messages into the caller's unit of work: they are committed with the state change or not at
 * all, and the relay enqueues them afterwards. Never enqueue directly from a use case.
 */
@Injectable()
export class Outbox {
  publish<N extends MessageName>(em: EntityManager, name: N, payload: PayloadOf<N>, options: PublishOptions = {}): string {
    const definition = messageCatalog[name];
    const valid = validatePayload(name, payload);
    const messageId = randomUUID();
    const now = new Date();
    for (const queue of definition.queues) {
      const row = new OutboxMessage();
      row.id = randomUUID();
      row.messageId = messageId;
      row.queue = queue;
      row.name = name;
      row.version = definition.version;
      row.payload = valid;
      row.jobId = options.jobId ? assertJobId(options.jobId) : null;
      row.availableAt = options.availableAt ?? now;
      row.createdAt = now;
      em.persist(row);
    }
    return messageId;
  }
}

const BULK_CHUNK = 1000;

/**
 * The same rows as `Outbox.publish`, one message id per payload, written with multi-row inserts in the
 * caller's transaction: a fan-out to 10,000 members must not persist 10,000 entities one by one.
 */
export async function publishMany<N extends MessageName>(
  em: SqlEntityManager,
  name: N,
  payloads: readonly PayloadOf<N>[],
  now: Date,
): Promise<void> {
  const { version, queues } = messageCatalog[name];
  const schema = em.config.get('schema') as string;
  const rows = payloads.flatMap((payload) => {
    const json = JSON.stringify(validatePayload(name, payload));
    const messageId = randomUUID();
    return queues.map((queue) => [randomUUID(), messageId, queue, name, version, json, now, now]);
  });
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    const chunk = rows.slice(i, i + BULK_CHUNK);
    await em.getConnection().execute(
      `insert into "${schema}"."outbox_message"
        ("id", "message_id", "queue", "name", "version", "payload", "available_at", "created_at")
       values ${chunk.map(() => '(?, ?, ?, ?, ?, ?::jsonb, ?, ?)').join(', ')}`,
      chunk.flat(),
      'run',
      em.getTransactionContext(),
    );
  }
}
