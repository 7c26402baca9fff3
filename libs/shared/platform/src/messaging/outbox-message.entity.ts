import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The idempotency key consumers record; one message sent to two queues has one id, two rows. */
  @Property({ type: 'uuid' })
  messageId!: string;

  @Property({ type: 'string', length: 100 })
  queue!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'json' })
  payload!: unknown;

  /** A deterministic job id (lifecycle steps); otherwise the message id is used. */
  @Property({ type: 'string', length: 200, nullable: true })
  jobId: string | null = null;

  /** The job is enqueued at once, delayed until this time. */
  @Property({ type: 'datetime' })
  availableAt!: Date;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  dispatchedAt: Date | null = null;
}
