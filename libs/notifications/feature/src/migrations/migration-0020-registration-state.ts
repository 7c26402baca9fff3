import { Migration } from '@mikro-orm/migrations';

/**
 * Whether an occurrence takes registrations, as events last said: a member who joins later is sent the
 * announcements still open, and registration may close before its planned time (an organiser runs the
 * step early). Messages are ordered by their calendar revision (`registration_sequence`: a move may reopen
 * it), then by `progress`, the status's place in the lifecycle (opening and closing keep the revision).
 */
export class Migration0020RegistrationState extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."calendar_occurrence" add column "registration_open" boolean null`);
    this.addSql(`alter table "${s}"."calendar_occurrence" add column "registration_sequence" integer null`);
    this.addSql(`alter table "${s}"."calendar_occurrence" add column "progress" smallint null`);
  }
}
