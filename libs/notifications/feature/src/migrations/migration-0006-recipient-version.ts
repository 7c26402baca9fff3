import { Migration } from '@mikro-orm/migrations';

/** A recipient copy remembers when the `member.changed` it holds happened (copies made before: the epoch, so any message wins). */
export class Migration0006RecipientVersion extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."recipient" add column "updated_at" timestamptz not null default 'epoch'`);
  }
}
