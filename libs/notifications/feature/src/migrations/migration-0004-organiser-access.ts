import { Migration } from '@mikro-orm/migrations';
import { accessTablesSql } from '@cercle/platform';

/**
 * Organiser access: tokens gain a name, read-only flag and expiry; the copy of who organises which
 * community; the copy of each series' community (template overrides are per series); notifications
 * found by community (the delivery log lists only the caller's communities).
 */
export class Migration0004OrganiserAccess extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    for (const sql of accessTablesSql(s)) this.addSql(sql);
    this.addSql(
      `create table "${s}"."series_ref" ("series_id" uuid primary key, "community_id" uuid not null, "title" varchar(255) not null)`,
    );
    this.addSql(
      `create index "notification_community_index" on "${s}"."notification" ((("payload" #>> '{occurrence,communityId}')::uuid))`,
    );
  }
}
