import { Migration } from '@mikro-orm/migrations';

/** Guests (registered from an occurrence's public page) get what registrants get, never what goes to every member. */
export class Migration0011Guests extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."recipient" add column "guest" boolean not null default false`);
  }
}
