import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The latest answer of one registration (from `registration.recorded`). Kept per registration rather than
 * as counters, so that a member changing their mind moves one count and a redelivered message moves none.
 */
@Entity({ tableName: 'registration_answer' })
export class RegistrationAnswer {
  @PrimaryKey({ type: 'uuid' })
  registrationId!: string;

  @Property({ type: 'uuid' })
  occurrenceId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'string', length: 5 })
  answer!: 'yes' | 'no' | 'maybe';

  /** Where the registration stands once membership applied the capacity. */
  @Property({ type: 'string', length: 10 })
  status!: 'confirmed' | 'waitlisted' | 'declined';

  /** When membership recorded it: an older message arriving late must not overwrite a newer answer. */
  @Property({ type: 'datetime' })
  recordedAt!: Date;
}
