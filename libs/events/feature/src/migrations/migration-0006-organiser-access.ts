import { Migration } from '@mikro-orm/migrations';
import { accessTablesSql } from '@cercle/platform';

/** Organiser access: tokens gain a name, read-only flag and expiry; the copy of who organises which community. */
export class Migration0006OrganiserAccess extends Migration {
  async up(): Promise<void> {
    for (const sql of accessTablesSql(this.config.get('schema') as string)) this.addSql(sql);
  }
}
