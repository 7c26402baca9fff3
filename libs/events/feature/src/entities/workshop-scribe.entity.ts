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

  /** Null for someone who volunteered on the room's page by name only. */
  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  /** The name a volunteer gave on the room's page (members are named from their copy instead). */
  @Property({ type: 'string', length: 200, nullable: true })
  volunteerName: string | null = null;

  @Property({ type: 'datetime' })
  assignedAt!: Date;
}
