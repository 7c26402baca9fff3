import { Migration } from '@mikro-orm/migrations';

/**
 * A community's recipients in `member_id` order, for planning a fan-out a page at a time: each page is
 * read from the index where the previous one ended, without sorting the whole community again. It also
 * serves every lookup by community, so the index on `community_id` alone goes.
 */
export class Migration0012RecipientPages extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create index "recipient_community_id_member_id_index" on "${s}"."recipient" ("community_id", "member_id")`);
    this.addSql(`drop index "${s}"."recipient_community_id_index"`);
  }
}
