import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The scribe of one workshop of an occurrence (a selected topic's title, or a free name for a format with a
 * single session). One per workshop: naming another replaces them. `workshop` is the key notes are kept under.
 */
@Entity({ tableName: 'workshop_scribe' })
export class WorkshopScribe {
  @PrimaryKey({ type: 'uuid' })
  occurrenceId!: string;

  @PrimaryKey({ type: 'string' })
  workshop!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'datetime' })
  assignedAt!: Date;
}
