import { Migration } from '@mikro-orm/migrations';

/**
 * Health alerts go to a community's organisers by email, at the address that `community.organiser-changed`
 * now carries. Pairs made before it carried one are told again, at their current revision (notifications
 * keeps an address only for the revision it holds, so a repeat changes nothing else), through the outbox
 * like any change. Only notifications needs the address.
 */
export class Migration0015OrganiserAddresses extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this
      .addSql(`insert into "${s}"."outbox_message" ("id", "message_id", "queue", "name", "version", "payload", "available_at", "created_at")
      select gen_random_uuid(), gen_random_uuid(), 'notifications', 'community.organiser-changed', 1,
        jsonb_build_object('communityId', co."community_id", 'organiserId', co."organiser_id", 'organiserName', co."organiser_name",
          'role', co."role", 'active', co."active", 'revision', co."revision", 'organiserEmail', o."email"),
        now(), now()
      from "${s}"."community_organiser" co join "${s}"."organiser" o on o."id" = co."organiser_id"`);
  }
}
