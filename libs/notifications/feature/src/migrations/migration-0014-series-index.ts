import { Migration } from '@mikro-orm/migrations';

/** The channel post of each series that indexes its past sessions, and the sessions it lists. */
export class Migration0014SeriesIndex extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."series_index_post" (
      "series_id" uuid primary key,
      "channel_id" varchar(64) not null,
      "post_id" varchar(64) null,
      "sessions" jsonb not null default '[]',
      "updated_at" timestamptz not null
    )`);
  }
}
