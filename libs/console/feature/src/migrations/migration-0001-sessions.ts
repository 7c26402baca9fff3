import { Migration } from '@mikro-orm/migrations';

/** The console's sessions: hashed cookie ids and the encrypted API token of each. */
export class Migration0001Sessions extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."console_session" (
      "id_hash" varchar(64) primary key,
      "organiser_id" uuid not null,
      "organiser_name" varchar(255) not null,
      "token_id" uuid not null,
      "encrypted_token" text not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null
    )`);
    this.addSql(`create index "console_session_expires_at_index" on "${s}"."console_session" ("expires_at")`);
  }
}
