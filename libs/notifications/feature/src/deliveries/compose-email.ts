import { publicRegistrationUrl, type PayloadOf } from '@cercle/contracts';
import { buildCalendarInvite, calendarDescription, renderEmail, type Language, type TemplateOverride } from '@cercle/notifications-domain';
import type { PlannedCalendar } from '../calendar/calendar-state';
import { calendarUid } from '../calendar/calendar-uid';
import type { OutgoingEmail } from '../providers';
import { personalLinks } from './personal-links';
import { buildRenderContext } from './render-context';

type Request = PayloadOf<'notification.requested'>;

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
  override?: TemplateOverride | null;
}

/**
 * One person's email for a notification: their signed links, the footer's preferences and one-click
 * unsubscribe links, and the calendar object planned for them (REQUEST or CANCEL with their SEQUENCE,
 * see calendar/calendar-decision.ts). The calendar object describes the occurrence and links to its
 * public page: it is shared and forwarded, so it never carries the personal email or its signed links.
 */
export function composeEmail(
  request: Request,
  reader: EmailReader,
  settings: EmailSettings,
  calendar: PlannedCalendar | null = null,
): OutgoingEmail {
  const o = request.occurrence;
  const links = personalLinks(request, reader.memberId, settings);
  const ctx = buildRenderContext(
    request,
    { language: reader.language, name: reader.name, communityName: settings.communityName, memberId: reader.memberId },
    links,
  );
  const rendered = renderEmail(request.kind, ctx, settings.override);
  const email: OutgoingEmail = {
    from: settings.from,
    to: { name: reader.name, email: reader.email },
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    listUnsubscribe: { url: links.unsubscribe! },
    // What the message is and about which occurrence, for people's mail filters (and the demo's counts).
    headers: { 'X-Cercle-Kind': request.kind, 'X-Cercle-Occurrence': request.occurrence.occurrenceId },
  };
  if (calendar) {
    const { method, sequence } = calendar;
    const page = publicRegistrationUrl(settings.publicUrl, o.occurrenceId);
    email.icalEvent = {
      method,
      content: buildCalendarInvite({
        uid: calendarUid(o.occurrenceId),
        sequence,
        method,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        timeZone: o.timeZone,
        summary: o.title,
        description: calendarDescription(o, reader.language, page),
        location: o.location ?? undefined,
        url: page,
        organizer: settings.from,
        attendee: { name: reader.name, email: reader.email },
        stamp: settings.now.toISOString(),
      }),
    };
  }
  return email;
}
