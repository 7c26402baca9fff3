import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A signed-in organiser's browser. The cookie carries a random id; the table keeps its SHA-256 only, so
 * a copy of the table opens no session. The organiser API token the console calls the services with is
 * kept here encrypted (AES-256-GCM, key derived from LINK_SECRET): it never reaches the browser.
 */
@Entity({ tableName: 'console_session' })
export class ConsoleSession {
  @PrimaryKey({ type: 'string', length: 64 })
  idHash!: string;

  @Property({ type: 'uuid' })
  organiserId!: string;

  @Property({ type: 'string' })
  organiserName!: string;

  /** The membership id of the API token, to revoke it on sign-out. */
  @Property({ type: 'uuid' })
  tokenId!: string;

  @Property({ type: 'text' })
  encryptedToken!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
