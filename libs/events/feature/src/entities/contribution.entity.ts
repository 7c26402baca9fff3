import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { z } from 'zod';
import type { topicKind } from '@cercle/contracts';

export type TopicKind = z.infer<typeof topicKind>;

export const PREP_STATUSES = ['notStarted', 'inProgress', 'ready'] as const;
export type PrepStatus = (typeof PREP_STATUSES)[number];

/** What one contributor brings to one occurrence; readiness is judged on the title and the materials link. */
@Entity({ tableName: 'contribution' })
export class Contribution {
  @PrimaryKey({ type: 'uuid' })
  occurrenceId!: string;

  @PrimaryKey({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  kind: TopicKind | null = null;

  @Property({ type: 'string', nullable: true })
  title: string | null = null;

  @Property({ type: 'string', length: 20 })
  prepStatus: PrepStatus = 'notStarted';

  @Property({ type: 'string', length: 2000, nullable: true })
  materialsUrl: string | null = null;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
