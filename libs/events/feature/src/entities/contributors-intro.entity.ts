import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Marks that an occurrence's guide and contributors were introduced to each other (at most once). */
@Entity({ tableName: 'contributors_intro' })
export class ContributorsIntro {
  @PrimaryKey({ type: 'uuid' })
  occurrenceId!: string;

  @Property({ type: 'uuid' })
  messageId!: string;

  /** Written by the database: steps have no clock of their own. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  sentAt?: Date;
}
