import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const DELIVERY_CHANNELS = ['email', 'mattermost-post', 'mattermost-dm', 'matrix-post', 'matrix-dm'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** How far a multi-post delivery (the notes thread) got, so that a retry continues instead of re-posting. */
export interface DeliveryProgress {
  rootPostId?: string;
  repliesPosted?: number;
}

/**
 * The delivery log: one row per (notification, channel, member or channel id), unique in the database
 * (see the migration), so a message delivered twice, a producer retry or a restart never sends twice.
 */
@Entity({ tableName: 'delivery' })
@Index({ properties: ['status', 'createdAt'] })
export class Delivery {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  notificationId!: string;

  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Property({ type: 'string', length: 20 })
  channel!: DeliveryChannel;

  /** Null for a channel post, which is addressed to a channel, not a person. */
  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  /** Email address, Mattermost username or channel id, Matrix user or room id, as it was when the delivery was planned. */
  @Property({ type: 'string', length: 320 })
  address!: string;

  @Property({ type: 'string', length: 10 })
  status: DeliveryStatus = 'pending';

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'text', nullable: true })
  providerAnswer: string | null = null;

  /** The calendar object this email carries (REQUEST or CANCEL) and its SEQUENCE, decided per person when planned. */
  @Property({ type: 'string', length: 10, nullable: true })
  calendarMethod: 'REQUEST' | 'CANCEL' | null = null;

  @Property({ type: 'integer', nullable: true })
  calendarSequence: number | null = null;

  @Property({ type: 'json', nullable: true })
  progress: DeliveryProgress | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;
}
