import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/core';
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
