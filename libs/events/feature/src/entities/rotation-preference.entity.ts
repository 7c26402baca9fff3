import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A member's standing answer to rotation: volunteering for roles, and a period away (no proposal then). */
@Entity({ tableName: 'rotation_preference' })
export class RotationPreference {
  @PrimaryKey({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'boolean' })
  volunteer = false;

  /** Last local day away (YYYY-MM-DD), inclusive. */
  @Property({ type: 'string', length: 10, nullable: true })
  awayUntil: string | null = null;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
