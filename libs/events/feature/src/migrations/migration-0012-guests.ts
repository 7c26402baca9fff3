import { Migration } from '@mikro-orm/migrations';

/** Guests (registered from an occurrence's public page) are kept apart: rotation and announcements skip them. */
export class Migration0012Guests extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."member_ref" add column "guest" boolean not null default false`);
  }
}
