import {
  contributionUrl,
  LinkPurpose,
  notesUrl,
  PayloadOf,
  preferencesUrl,
  publicRegistrationUrl,
  registrationUrl,
  roleResponseUrl,
  topicBallotUrl,
  unsubscribeUrl,
} from '@cercle/contracts';
import type { RenderContext } from '@cercle/notifications-domain';
import { signLink } from '@cercle/signed-links';

type Request = PayloadOf<'notification.requested'>;

const DAY_SECONDS = 24 * 3600;
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export interface LinkSettings {
  publicUrl: string;
  linkSecret: string;
  now: Date;
}

/**
 * The signed links of one person's message. Occurrence links (register and its topic ballot, notes, role response,
 * the contributor's own contribution page) carry
 * the occurrence id and live a little past the moment they stop being useful; the preferences and
 * unsubscribe links carry the series (the "list" a one-click unsubscribe leaves) and live a year, so an
 * old email still lets people leave.
 */
export function personalLinks(request: Request, memberId: string, settings: LinkSettings): RenderContext['links'] {
  const o = request.occurrence;
  const sign = (purpose: string, subjectId: string, exp: number) => signLink(settings.linkSecret, { purpose, memberId, subjectId, exp });
  const links: RenderContext['links'] = {};
  if (request.links.register) {
    // The topic ballot takes the registration token: whoever may register may see the topics and vote.
    const register = sign(LinkPurpose.Register, o.occurrenceId, seconds(o.endsAt) + 7 * DAY_SECONDS);
    links.register = registrationUrl(settings.publicUrl, register);
    links.ballot = topicBallotUrl(settings.publicUrl, register);
  }
  if (request.links.notes) {
    const until = seconds(request.deadline ?? o.endsAt) + 7 * DAY_SECONDS;
    links.notes = notesUrl(settings.publicUrl, sign(LinkPurpose.Notes, o.occurrenceId, until));
  }
  if (request.links.roleResponse) {
    links.respond = roleResponseUrl(
      settings.publicUrl,
      sign(LinkPurpose.RoleResponse, o.occurrenceId, seconds(o.endsAt) + 45 * DAY_SECONDS),
    );
  }
  if (request.links.contribution) {
    // Titles and materials can still change on the day; the link stays useful for a week after, like the others.
    links.contribution = contributionUrl(
      settings.publicUrl,
      sign(LinkPurpose.Contribution, o.occurrenceId, seconds(o.endsAt) + 7 * DAY_SECONDS),
    );
  }
  const yearLater = Math.floor(settings.now.getTime() / 1000) + 365 * DAY_SECONDS;
  const preferences = sign(LinkPurpose.Preferences, o.seriesId, yearLater);
  links.preferences = preferencesUrl(settings.publicUrl, preferences);
  if (offersUnsubscribe(request.kind)) links.unsubscribe = unsubscribeUrl(settings.publicUrl, preferences);
  return links;
}

/**
 * Health alerts reach people for the part they play in organising, and the audience table lets nothing
 * silence them: an unsubscribe link (in the footer or the List-Unsubscribe header) would promise to stop
 * what it cannot. The other kinds nothing silences (a confirmation, a role given) answer something the
 * reader did or was asked: their link still leaves the series' bulk messages, so they keep it.
 */
const WITHOUT_UNSUBSCRIBE: ReadonlySet<Request['kind']> = new Set(['healthAlert', 'healthAlertCleared']);

export function offersUnsubscribe(kind: Request['kind']): boolean {
  return !WITHOUT_UNSUBSCRIBE.has(kind);
}

/**
 * The links of a channel post: a post is read by everyone in the channel, so it carries no personal link;
 * where the message invites people to register at an occurrence open to guests, it links to the public
 * registration page. Members-only, that page would only say registration is for members: each member's
 * own link is in their email, and the post says so.
 */
export function channelLinks(request: Request, publicUrl: string): RenderContext['links'] {
  return request.links.register && request.occurrence.openToGuests === true
    ? { join: publicRegistrationUrl(publicUrl, request.occurrence.occurrenceId) }
    : {};
}
