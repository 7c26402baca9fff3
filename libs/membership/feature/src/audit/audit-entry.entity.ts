import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One successful organiser write in any service, as `organiser.action-recorded` told it: who, what (the
 * route pattern and its params, never the body), when, in which community, and the answer's status.
 * The id is the message's, so a message delivered twice is one entry.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_community_at_idx', properties: ['communityId', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'uuid' })
  organiserId!: string;

  @Property({ type: 'string' })
  organiserName!: string;

  @Property({ type: 'uuid' })
  tokenId!: string;

  /** Null for writes outside any community (an organiser's own tokens or formats). */
  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  @Property({ type: 'string', length: 20 })
  service!: string;

  @Property({ type: 'string', length: 300 })
  action!: string;

  @Property({ type: 'json' })
  params: Record<string, string> = {};

  /** What a POST created (a series, a member…), when its answer names it; the params name the rest. */
  @Property({ type: 'uuid', nullable: true })
  resourceId: string | null = null;

  @Property({ type: 'integer' })
  status!: number;
}
