import { Migration } from '@mikro-orm/migrations';

/** The audit log of organiser writes in the three services, read newest first per community. */
export class Migration0006Audit extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."audit_entry" (
      "id" uuid primary key,
      "at" timestamptz not null,
      "organiser_id" uuid not null,
      "organiser_name" varchar(255) not null,
      "token_id" uuid not null,
      "community_id" uuid null,
      "service" varchar(20) not null,
      "action" varchar(300) not null,
      "params" jsonb not null default '{}',
      "resource_id" uuid null,
      "status" integer not null
    )`);
    this.addSql(`create index "audit_entry_community_at_idx" on "${s}"."audit_entry" ("community_id", "at" desc)`);
  }
}
