import { Migration } from '@mikro-orm/migrations';

export class Migration0002PreferencesAndTemplates extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    // A member's own choices; no row means the defaults (both channels, the member's language, subscribed).
    this.addSql(`create table "${s}"."member_preference" (
      "member_id" uuid primary key,
      "channels" varchar(10) not null default 'both' check ("channels" in ('email', 'mattermost', 'both')),
      "language" varchar(2) null check ("language" in ('fr', 'en')),
      "unsubscribed_all" boolean not null default false,
      "unsubscribed_series" uuid[] not null default '{}',
      "updated_at" timestamptz not null)`);
    // An organiser's wording of one kind for one series and language; null parts fall back to ours.
    this.addSql(`create table "${s}"."template_override" (
      "series_id" uuid not null, "kind" varchar(40) not null, "language" varchar(2) not null,
      "subject" text null, "text" text null, "html" text null, "chat" text null,
      "updated_at" timestamptz not null,
      primary key ("series_id", "kind", "language"))`);
  }
}
