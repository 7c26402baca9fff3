import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

export const CHANNEL_CHOICES = ['email', 'mattermost', 'both'] as const;
export type ChannelChoice = (typeof CHANNEL_CHOICES)[number];

/**
 * What a member chose about being told things. Owned by notifications (the member sets it from the
 * signed link in every email footer); no row means the defaults.
 */
@Entity({ tableName: 'member_preference' })
export class MemberPreference {
  @PrimaryKey({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'string', length: 10 })
  channels: ChannelChoice = 'both';

  /** Overrides the language membership knows; null keeps it. */
  @Property({ type: 'string', length: 2, nullable: true })
  language: 'fr' | 'en' | null = null;

  @Property({ type: 'boolean' })
  unsubscribedAll = false;

  @Property({ type: ArrayType, columnType: 'uuid[]' })
  unsubscribedSeries: string[] = [];

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
