import { PayloadOf, registrationUrl } from '@cercle/contracts';
import { buildCalendarInvite, renderEmail, type Language } from '@cercle/notifications-domain';
import { signLink } from '@cercle/signed-links';
import type { OutgoingEmail } from '../providers';
import { buildRenderContext } from './render-context';

type Request = PayloadOf<'notification.requested'>;

const WEEK_SECONDS = 7 * 24 * 3600;

export interface EmailReader {
  memberId: string;
  name: string;
  email: string;
  language: Language;
}

export interface EmailSettings {
  publicUrl: string;
  linkSecret: string;
  from: { name: string; email: string };
  communityName: string;
  now: Date;
}

/**
 * One person's email for a notification. Announcements carry that person's own signed registration
 * link (valid until a week after the occurrence ends, so late answers still work) and a calendar
 * invite whose UID is stable per occurrence, so a later update or cancellation replaces it.
 */
export function composeEmail(request: Request, reader: EmailReader, settings: EmailSettings): OutgoingEmail {
  const o = request.occurrence;
  const unsubscribe = `${settings.publicUrl.replace(/\/+$/, '')}/notifications/unsubscribe`;
  const links: { register?: string; unsubscribe: string } = { unsubscribe };
  if (request.kind === 'announcement') {
    const exp = Math.floor(new Date(o.endsAt).getTime() / 1000) + WEEK_SECONDS;
    const token = signLink(settings.linkSecret, { purpose: 'register', memberId: reader.memberId, subjectId: o.occurrenceId, exp });
    links.register = registrationUrl(settings.publicUrl, token);
  }
  const ctx = buildRenderContext(request, { language: reader.language, name: reader.name, communityName: settings.communityName }, links);
  const rendered = renderEmail(request.kind, ctx);
  const email: OutgoingEmail = {
    from: settings.from,
    to: { name: reader.name, email: reader.email },
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    listUnsubscribe: { url: unsubscribe },
  };
  if (request.kind === 'announcement') {
    email.icalEvent = {
      method: 'REQUEST',
      content: buildCalendarInvite({
        uid: `occurrence-${o.occurrenceId}@cercle`,
        sequence: 0,
        method: 'REQUEST',
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        timeZone: o.timeZone,
        summary: o.title,
        description: rendered.text,
        location: o.location ?? undefined,
        url: links.register,
        organizer: settings.from,
        attendee: { name: reader.name, email: reader.email },
        stamp: settings.now.toISOString(),
      }),
    };
  }
  return email;
}
