import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A request made on an occurrence's public registration page. `confirm`: someone new, recorded nowhere
 * else until they open the link mailed to them; `personal`: an address the community knows, mailed its
 * own registration link. Kept until `expiresAt` (the link's end), then deleted: long enough to confirm
 * and to count requests per address and per email for the rate limits.
 */
@Entity({ tableName: 'join_request' })
export class JoinRequest {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  occurrenceId!: string;

  @Property({ type: 'string', length: 10 })
  purpose!: 'confirm' | 'personal';

  /** Lower-case, as members' addresses are. */
  @Property({ type: 'string', length: 320 })
  email!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 2 })
  language: 'fr' | 'en' = 'fr';

  /** HMAC of the client address: counts requests per address without keeping the address. */
  @Property({ type: 'string', length: 64 })
  addressHash!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** When the link was opened; a second click registers nobody twice. */
  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  /** The member (guest or not) the request led to. */
  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;
}
