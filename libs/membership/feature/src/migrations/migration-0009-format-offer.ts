import { Migration } from '@mikro-orm/migrations';

/**
 * The occurrence copy keeps what its format offers and states: the topic kinds the registration form
 * proposes (null until events sends them: every kind, as before) and the format's rules shown on the page.
 */
export class Migration0009FormatOffer extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."occurrence_ref" add column "topic_kinds" jsonb null, add column "rules" jsonb null`);
  }
}
