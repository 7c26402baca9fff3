import { Migration } from '@mikro-orm/migrations';
import { accessTablesSql } from '@cercle/platform';

/**
 * Organiser access: tokens gain a name, read-only flag and expiry; who organises which community (owned
 * here, copied by the other services); organisers gain an email address for invitations.
 *
 * Communities made before had no owner. On an installation with a single organiser (the usual case so
 * far) that organiser becomes the owner of every community, and the other services are told through the
 * outbox like any other change. With several organisers nobody can tell who made which community, so no
 * one is given access to another's by guess (docs/architecture.md, "Upgrading", says what to do).
 */
export class Migration0003OrganiserAccess extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    for (const sql of accessTablesSql(s)) this.addSql(sql);
    this.addSql(`alter table "${s}"."organiser" add column "email" varchar(320) null`);
    this.addSql(`create unique index "organiser_email_unique" on "${s}"."organiser" (lower("email"))`);
    this.addSql(`insert into "${s}"."community_organiser" ("community_id", "organiser_id", "organiser_name", "role", "active", "revision")
      select c."id", o."id", o."name", 'owner', true, 1 from "${s}"."community" c cross join "${s}"."organiser" o
      where (select count(*) from "${s}"."organiser") = 1`);
    this.addSql(`with pairs as materialized (select co.*, gen_random_uuid() as "message_id" from "${s}"."community_organiser" co)
      insert into "${s}"."outbox_message" ("id", "message_id", "queue", "name", "version", "payload", "available_at", "created_at")
      select gen_random_uuid(), p."message_id", q."queue", 'community.organiser-changed', 1,
        jsonb_build_object('communityId', p."community_id", 'organiserId', p."organiser_id", 'organiserName', p."organiser_name",
          'role', p."role", 'active', p."active", 'revision', p."revision"),
        now(), now()
      from pairs p cross join (values ('events'), ('notifications')) as q("queue")`);
  }
}
