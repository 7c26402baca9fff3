import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last programme posted to the community's channel for an occurrence, so an unchanged one is not posted twice. */
@Entity({ tableName: 'programme_post' })
export class ProgrammePost {
  @PrimaryKey({ type: 'uuid' })
  occurrenceId!: string;

  /** SHA-256 of the programme as posted (slots, rooms, titles, times). */
  @Property({ type: 'string', length: 64 })
  digest!: string;

  @Property({ type: 'uuid' })
  messageId!: string;

  @Property({ type: 'datetime' })
  postedAt!: Date;
}
