import { Migration } from '@mikro-orm/migrations';

/**
 * Matrix beside Mattermost: the copies of a community's room and chat choice and of a member's Matrix
 * id, and two more delivery channels (a post in the room, a direct message).
 */
export class Migration0015Matrix extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."community_channel" add column "matrix_room_id" varchar(255) null`);
    this.addSql(`alter table "${s}"."community_channel" add column "chat" varchar(10) not null default 'mattermost'`);
    this.addSql(`alter table "${s}"."recipient" add column "matrix_user_id" varchar(255) null`);
    this.addSql(`alter table "${s}"."delivery" drop constraint "delivery_channel_check"`);
    this.addSql(`alter table "${s}"."delivery" add constraint "delivery_channel_check"
      check ("channel" in ('email', 'mattermost-post', 'mattermost-dm', 'matrix-post', 'matrix-dm'))`);
  }
}
