import { Migration } from '@mikro-orm/migrations';

// Search folds accents itself (no `unaccent` extension needed, which a managed PostgreSQL may not offer):
// `translate` and `replace` are immutable, so the folded text can feed a stored generated column, and the
// query text goes through the same folding. "Comité" and "comite" then meet on both sides.
const FROM = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ';
const TO = 'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy';
export const foldAccentsSql = (expr: string) => `replace(replace(translate(lower(${expr}), '${FROM}', '${TO}'), 'œ', 'oe'), 'æ', 'ae')`;

/** Topics proposed by organisers and on the day, votes, placement; scribes per workshop; notes search. */
export class Migration0005TopicsAndNotes extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    const t = `"${s}"."topic_proposal"`;
    // A topic no longer always comes with a registration: it gets an id of its own (the registration's
    // id for the existing ones, so a member proposing again still replaces their topic).
    this.addSql(`alter table ${t} add column "id" uuid null`);
    this.addSql(`update ${t} set "id" = "registration_id"`);
    this.addSql(`alter table ${t} alter column "id" set not null`);
    this.addSql(`alter table ${t} drop constraint "topic_proposal_pkey"`);
    this.addSql(`alter table ${t} add primary key ("id")`);
    this.addSql(`alter table ${t} alter column "registration_id" drop not null`);
    this.addSql(`alter table ${t} add constraint "topic_proposal_registration_id_unique" unique ("registration_id")`);
    this.addSql(`alter table ${t} alter column "member_id" drop not null`);
    this.addSql(`alter table ${t} add column "added_on_the_day" boolean not null default false,
      add column "selected" boolean not null default false, add column "room" varchar(255) null,
      add column "local_start" varchar(5) null, add column "local_end" varchar(5) null`);
    this.addSql(`create table "${s}"."topic_vote" (
      "topic_id" uuid not null references ${t} ("id") on delete cascade deferrable initially deferred,
      "member_id" uuid not null, "voted_at" timestamptz not null, primary key ("topic_id", "member_id"))`);
    this.addSql(`create table "${s}"."workshop_scribe" (
      "occurrence_id" uuid not null references "${s}"."occurrence" ("id") deferrable initially deferred,
      "workshop" varchar(255) not null, "member_id" uuid not null, "assigned_at" timestamptz not null,
      primary key ("occurrence_id", "workshop"))`);
    const n = `"${s}"."occurrence_note"`;
    this.addSql(`alter table ${n} add column "scribe_member_id" uuid null`);
    // French stems ("décisions" finds "décision"); simple keeps words French would drop or over-stem (names, acronyms).
    const folded = (col: string) => foldAccentsSql(`coalesce("${col}", '')`);
    this.addSql(`alter table ${n} add column "search" tsvector generated always as (
      setweight(to_tsvector('french'::regconfig, ${folded('workshop')}), 'A') ||
      setweight(to_tsvector('simple'::regconfig, ${folded('workshop')}), 'A') ||
      to_tsvector('french'::regconfig, ${folded('markdown')}) ||
      to_tsvector('simple'::regconfig, ${folded('markdown')})) stored`);
    this.addSql(`create index "occurrence_note_search_idx" on ${n} using gin ("search")`);
  }
}
