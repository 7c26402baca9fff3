import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export type NextRole = 'guide' | 'contributor';
export type RoleAnswer = 'pending' | 'accepted' | 'declined';

/**
 * A person asked to take a role at the next session, and their answer. Keyed by the occurrence where the
 * roles were chosen (the signed link's subject): a decline stays on record, so rotation never asks them again
 * for that session.
 */
@Entity({ tableName: 'role_response' })
export class RoleResponse {
  @PrimaryKey({ type: 'uuid' })
  occurrenceId!: string;

  @PrimaryKey({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'string', length: 20 })
  role!: NextRole;

  @Property({ type: 'string', length: 10 })
  answer: RoleAnswer = 'pending';

  /** Written by the database: steps have no clock of their own. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  askedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;
}
