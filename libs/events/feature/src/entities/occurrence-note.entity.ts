import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A scribe's notes for one workshop of an occurrence; submitting the same workshop again replaces them. */
@Entity({ tableName: 'occurrence_note' })
export class OccurrenceNote {
  @PrimaryKey({ type: 'uuid' })
  occurrenceId!: string;

  @PrimaryKey({ type: 'string' })
  workshop!: string;

  @Property({ type: 'string', nullable: true })
  scribeName: string | null = null;

  /** The member who submitted through their signed link; null when an organiser entered the notes. */
  @Property({ type: 'uuid', nullable: true })
  scribeMemberId: string | null = null;

  @Property({ type: 'text' })
  markdown!: string;

  @Property({ type: 'datetime' })
  submittedAt!: Date;
}
