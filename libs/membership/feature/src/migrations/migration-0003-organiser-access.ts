import { Migration } from '@mikro-orm/migrations';
import { accessTablesSql } from '@cercle/platform';

/**
 * Organiser access: tokens gain a name, read-only flag and expiry; who organises which community (owned
 * here, copied by the other services); organisers gain an email address for invitations.
 */
export class Migration0003OrganiserAccess extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    for (const sql of accessTablesSql(s)) this.addSql(sql);
    this.addSql(`alter table "${s}"."organiser" add column "email" varchar(320) null`);
    this.addSql(`create unique index "organiser_email_unique" on "${s}"."organiser" (lower("email"))`);
  }
}
