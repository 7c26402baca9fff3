import { Migration } from '@mikro-orm/migrations';

/**
 * When the occurrence copy was last changed at events (the message's time), so that an older
 * occurrence.changed arriving late never overwrites a newer one.
 */
export class Migration0010OccurrenceVersion extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."occurrence_ref" add column "changed_at" timestamptz null`);
  }
}
