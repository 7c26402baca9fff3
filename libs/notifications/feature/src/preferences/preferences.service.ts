import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LinkPurpose, memberCalendarUrl, seriesCalendarUrl } from '@cercle/contracts';
import { SERVICE_CONFIG, CLOCK, Clock, notFound } from '@cercle/platform';
import { signLink } from '@cercle/signed-links';
import { type ChannelChoice, MemberPreference } from '../entities/member-preference.entity';
import { Recipient } from '../entities/recipient.entity';
import { linkClaim } from '../link-claim';
import type { NotificationsConfig } from '../notifications.config';

export interface PreferencesView {
  memberId: string;
  name: string;
  /** The series the link came from (the one a one-click unsubscribe leaves). */
  seriesId: string | null;
  channels: ChannelChoice;
  language: 'fr' | 'en';
  /** True when the member chose the language here (else it is membership's). */
  languageChosen: boolean;
  unsubscribedAll: boolean;
  unsubscribedSeries: string[];
  /** A Mattermost username or a Matrix id is known: direct messages can reach them. */
  hasChat: boolean;
  /** The member's own calendar feed (signed) and the series' public one. */
  calendars: { mine: string; series: string | null };
}

// A calendar subscription is set up once and read for years; a shorter link would silently empty it.
const FEED_LINK_SECONDS = 5 * 365 * 24 * 3600;

export interface PreferencesChange {
  channels?: ChannelChoice;
  language?: 'fr' | 'en' | null;
  unsubscribedAll?: boolean;
  /** Leave (true) or rejoin (false) one series. */
  series?: { seriesId: string; unsubscribed: boolean };
}

/** A member's notification preferences, read and changed through a signed link or by organisers. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly em: EntityManager,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The member and series a `preferences` link speaks for; a bad or expired link is a 403/410 page. */
  claimOf(token: string): { memberId: string; seriesId: string } {
    const claim = linkClaim(this.config.LINK_SECRET, token, LinkPurpose.Preferences, this.clock.now());
    return { memberId: claim.memberId, seriesId: claim.subjectId };
  }

  async view(memberId: string, seriesId: string | null = null): Promise<PreferencesView> {
    const em = this.em.fork();
    const recipient = await em.findOne(Recipient, { memberId });
    if (!recipient) throw notFound('member', memberId);
    const p = await em.findOne(MemberPreference, { memberId });
    return {
      memberId,
      name: recipient.name,
      seriesId,
      channels: p?.channels ?? 'both',
      language: p?.language ?? recipient.language,
      languageChosen: Boolean(p?.language),
      unsubscribedAll: p?.unsubscribedAll ?? false,
      unsubscribedSeries: p?.unsubscribedSeries ?? [],
      hasChat: Boolean(recipient.mattermostUsername || recipient.matrixUserId),
      calendars: {
        mine: memberCalendarUrl(
          this.config.PUBLIC_URL,
          signLink(this.config.LINK_SECRET, {
            purpose: LinkPurpose.CalendarFeed,
            memberId,
            subjectId: memberId,
            exp: Math.floor(this.clock.now().getTime() / 1000) + FEED_LINK_SECONDS,
          }),
        ),
        series: seriesId ? seriesCalendarUrl(this.config.PUBLIC_URL, seriesId) : null,
      },
    };
  }

  async change(memberId: string, change: PreferencesChange): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const recipient = await em.findOne(Recipient, { memberId });
      if (!recipient) throw notFound('member', memberId);
      let p = await em.findOne(MemberPreference, { memberId });
      if (!p) {
        p = em.create(MemberPreference, {
          memberId,
          channels: 'both',
          unsubscribedAll: false,
          unsubscribedSeries: [],
          updatedAt: this.clock.now(),
        });
      }
      if (change.channels) p.channels = change.channels;
      if (change.language !== undefined) p.language = change.language;
      if (change.unsubscribedAll !== undefined) p.unsubscribedAll = change.unsubscribedAll;
      if (change.series) {
        const others = p.unsubscribedSeries.filter((id) => id !== change.series!.seriesId);
        p.unsubscribedSeries = change.series.unsubscribed ? [...others, change.series.seriesId] : others;
      }
      p.updatedAt = this.clock.now();
    });
  }
}
