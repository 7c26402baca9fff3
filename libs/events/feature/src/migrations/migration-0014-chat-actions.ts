import { Migration } from '@mikro-orm/migrations';

/**
 * The chat finds a member by their Mattermost username, then by email, and answers in their language:
 * events' member copy keeps the three. `chat_action` counts what was done from the chat.
 */
export class Migration0014ChatActions extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(
      `alter table "${s}"."member_ref" add column "mattermost_username" varchar(255) null, ` +
        `add column "email" varchar(320) null, add column "language" varchar(2) not null default 'fr'`,
    );
    this.addSql(`create index "member_ref_chat_username_idx" on "${s}"."member_ref" ("community_id", lower("mattermost_username"))`);
    this.addSql(`create index "member_ref_chat_email_idx" on "${s}"."member_ref" ("community_id", lower("email"))`);
    this.addSql(
      `create table "${s}"."chat_action" ("id" uuid not null primary key, "kind" varchar(20) not null, ` +
        `"member_id" uuid not null, "occurrence_id" uuid not null, "done_at" timestamptz not null)`,
    );
    this.addSql(`create index "chat_action_occurrence_idx" on "${s}"."chat_action" ("occurrence_id")`);
  }
}
