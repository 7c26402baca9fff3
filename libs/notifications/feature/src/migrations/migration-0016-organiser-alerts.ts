import { Migration } from '@mikro-orm/migrations';

/**
 * Health alerts reach the community's organisers: this service's copy of who organises what keeps where
 * each organiser is reached (`community.organiser-changed` carries it; membership's migration 0015 tells it
 * again for the pairs known before). And a series keeps its index of past sessions in each chat it uses:
 * one row per series and chat, room and event ids of Matrix being longer than Mattermost's.
 */
export class Migration0016OrganiserAlerts extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."community_organiser" add column "email" varchar(320) null`);
    this.addSql(`alter table "${s}"."series_index_post" add column "chat" varchar(10) not null default 'mattermost'`);
    this.addSql(`alter table "${s}"."series_index_post" alter column "chat" drop default`);
    this.addSql(`alter table "${s}"."series_index_post" drop constraint "series_index_post_pkey"`);
    this.addSql(`alter table "${s}"."series_index_post" add primary key ("series_id", "chat")`);
    this.addSql(`alter table "${s}"."series_index_post" alter column "channel_id" type varchar(255)`);
    this.addSql(`alter table "${s}"."series_index_post" alter column "post_id" type varchar(255)`);
  }
}
