import { Migration } from '@mikro-orm/migrations';

/** Events keeps the members' names (roles, rotation, messages) and each registration's place (waiting list). */
export class Migration0002MemberCopy extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."member_ref" (
      "id" uuid primary key, "community_id" uuid not null, "name" varchar(255) not null,
      "active" boolean not null, "updated_at" timestamptz not null)`);
    this.addSql(`create index "member_ref_community_idx" on "${s}"."member_ref" ("community_id")`);
    this.addSql(`alter table "${s}"."registration_answer" add column "status" varchar(10) not null default 'confirmed'`);
    this.addSql(`update "${s}"."registration_answer" set "status" = 'declined' where "answer" = 'no'`);
  }
}
