import { Migration } from '@mikro-orm/migrations';

/** A community's Matrix room and chat choice, a member's Matrix id: existing communities keep Mattermost. */
export class Migration0013MatrixIds extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."community" add column "matrix_room_id" varchar(255) null`);
    this.addSql(`alter table "${s}"."community" add column "chat" varchar(10) not null default 'mattermost'`);
    this.addSql(`alter table "${s}"."member" add column "matrix_user_id" varchar(255) null`);
  }
}
