import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LinkPurpose, publicRegistrationUrl } from '@cercle/contracts';
import { SERVICE_CONFIG, CLOCK, Clock, notFound } from '@cercle/platform';
import { buildCalendarFeed, roleLabel, type FeedEvent, type Language } from '@cercle/notifications-domain';
import { linkClaim } from '../link-claim';
import type { NotificationsConfig } from '../notifications.config';
import { calendarUid } from './calendar-uid';

type Role = 'guide' | 'contributor' | 'scribe';

interface OccurrenceRow {
  occurrence_id: string;
  title: string;
  starts_at: Date | string;
  ends_at: Date | string;
  time_zone: string;
  location: string | null;
  status: 'tentative' | 'confirmed' | 'cancelled';
  sequence: number;
  updated_at: Date | string;
}

// The driver hands timestamps back as text or as dates depending on its type parsers: read both.
const iso = (value: Date | string) => new Date(value).toISOString();

const STATUS = { tentative: 'TENTATIVE', confirmed: 'CONFIRMED', cancelled: 'CANCELLED' } as const;

/**
 * The subscribable calendars: a series' dates and places for anyone (no names: the place is on each
 * occurrence's public page, which every entry links to), and a member's own occurrences (those they hold,
 * with their role) behind a signed link. Both use the invites' UIDs, so an entry reached both ways is one event.
 */
@Injectable()
export class CalendarFeeds {
  constructor(
    private readonly em: EntityManager,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async seriesFeed(seriesId: string): Promise<string> {
    const [series] = await this.sql<{ title: string }>(`select "title" from "${this.schema}"."series_ref" where "series_id" = ?`, [
      seriesId,
    ]);
    const rows = await this.sql<OccurrenceRow>(
      `select * from "${this.schema}"."calendar_occurrence" where "series_id" = ? order by "starts_at"`,
      [seriesId],
    );
    if (!series && !rows.length) throw notFound('series', seriesId);
    return buildCalendarFeed({
      name: series?.title ?? rows[0].title,
      stamp: this.clock.now().toISOString(),
      events: rows.map((o) => ({ ...this.event(o), status: STATUS[o.status] })),
    });
  }

  async memberFeed(token: string): Promise<string> {
    const memberId = this.memberOf(token);
    const [member] = await this.sql<{ language: Language; community: string | null }>(
      `select coalesce(p."language", r."language") as "language", c."name" as "community"
         from "${this.schema}"."recipient" r
         left join "${this.schema}"."member_preference" p on p."member_id" = r."member_id"
         left join "${this.schema}"."community_channel" c on c."community_id" = r."community_id"
        where r."member_id" = ? and r."active"`,
      [memberId],
    );
    if (!member) throw notFound('member', memberId);
    const rows = await this.sql<
      OccurrenceRow & { holder_status: 'holding' | 'cancelled'; holder_sequence: number; holder_updated_at: Date | string }
    >(
      `select o.*, h."status" as "holder_status", h."sequence" as "holder_sequence", h."updated_at" as "holder_updated_at"
         from "${this.schema}"."calendar_holder" h join "${this.schema}"."calendar_occurrence" o on o."occurrence_id" = h."occurrence_id"
        where h."member_id" = ? order by o."starts_at"`,
      [memberId],
    );
    const roles = await this.rolesOf(
      memberId,
      rows.map((r) => r.occurrence_id),
    );
    const language = member.language;
    return buildCalendarFeed({
      name: member.community ? `Cercle · ${member.community}` : 'Cercle',
      stamp: this.clock.now().toISOString(),
      events: rows.map((o) => {
        const role = roles.get(o.occurrence_id);
        const label = role ? roleLabel(role, language) : null;
        const cancelled = o.holder_status === 'cancelled' || o.status === 'cancelled';
        return {
          ...this.event(o),
          summary: label ? `${o.title} · ${label}` : o.title,
          description: label ? (language === 'fr' ? `Votre rôle\u00a0: ${label}` : `Your role: ${label}`) : undefined,
          sequence: Math.max(o.sequence, o.holder_sequence),
          status: cancelled ? 'CANCELLED' : STATUS[o.status],
          updatedAt: [iso(o.updated_at), iso(o.holder_updated_at)].sort().pop() as string,
        };
      }),
    });
  }

  private event(o: OccurrenceRow): Omit<FeedEvent, 'status'> {
    return {
      uid: calendarUid(o.occurrence_id),
      sequence: o.sequence,
      startsAt: iso(o.starts_at),
      endsAt: iso(o.ends_at),
      timeZone: o.time_zone,
      summary: o.title,
      location: o.location ?? undefined,
      url: publicRegistrationUrl(this.config.PUBLIC_URL, o.occurrence_id),
      updatedAt: iso(o.updated_at),
    };
  }

  /**
   * The member's part in each occurrence, as the newest message naming them in it said (prep reminders,
   * introductions and readiness carry each person's role). When that message took the role away
   * (`roleRemoved`, which names the former role to say so), they hold none.
   */
  private async rolesOf(memberId: string, occurrenceIds: string[]): Promise<Map<string, Role>> {
    if (!occurrenceIds.length) return new Map();
    const rows = await this.sql<{ occurrence_id: string; role: Role; kind: string }>(
      `select distinct on (n."payload" #>> '{occurrence,occurrenceId}') n."payload" #>> '{occurrence,occurrenceId}' as "occurrence_id", c ->> 'role' as "role", n."kind"
         from "${this.schema}"."notification" n, jsonb_array_elements(case jsonb_typeof(n."payload" -> 'contributions') when 'array' then n."payload" -> 'contributions' else '[]'::jsonb end) c
        where (n."payload" #>> '{occurrence,occurrenceId}')::uuid = any(?::uuid[]) and c ->> 'memberId' = ?
        order by n."payload" #>> '{occurrence,occurrenceId}', n."created_at" desc`,
      [`{${occurrenceIds.join(',')}}`, memberId],
    );
    return new Map(rows.filter((r) => r.kind !== 'roleRemoved').map((r) => [r.occurrence_id, r.role]));
  }

  private memberOf(token: string): string {
    return linkClaim(this.config.LINK_SECRET, token, LinkPurpose.CalendarFeed, this.clock.now()).memberId;
  }

  private get schema(): string {
    return this.em.config.get('schema') as string;
  }

  private sql<T>(query: string, params: unknown[]): Promise<T[]> {
    return this.em.fork().getConnection().execute(query, params) as Promise<T[]>;
  }
}
