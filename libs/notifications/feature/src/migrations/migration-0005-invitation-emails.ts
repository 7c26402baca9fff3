import { Migration } from '@mikro-orm/migrations';

/**
 * The email of each invitation to co-organise: one row per invitation, so that it is sent once whatever
 * the number of messages asking for it (`pending`, then `sent`, `failed` or `expired`).
 */
export class Migration0005InvitationEmails extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."invitation_email" (
      "invitation_id" uuid primary key,
      "email" varchar(320) not null,
      "status" varchar(10) not null,
      "provider_answer" text null,
      "last_error" text null,
      "created_at" timestamptz not null,
      "sent_at" timestamptz null
    )`);
  }
}
