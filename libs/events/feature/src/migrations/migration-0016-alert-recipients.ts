import { Migration } from '@mikro-orm/migrations';

/**
 * Who was told of each raised alert, so that only they hear it is resolved; alerts raised before this
 * knew nobody, so their clearing reaches the community's organisers only. `withdrawn` (check switched off,
 * window changed, stage passed) fits the existing state column.
 */
export class Migration0016AlertRecipients extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."occurrence_alert" add column "told_member_ids" jsonb not null default '[]'`);
  }
}
