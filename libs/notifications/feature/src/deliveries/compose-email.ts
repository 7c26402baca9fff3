import { calendarMethodOf, type PayloadOf } from '@cercle/contracts';
import { buildCalendarInvite, renderEmail, type Language, type TemplateOverride } from '@cercle/notifications-domain';
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
 * Which calendar object travels with a message: the audience table's method for the kind, read from the
 * recipient's registration where it depends on their answer (a waitlisted member or a "no" gets no invite).
 */
export function calendarMethodFor(request: Request): 'REQUEST' | 'CANCEL' | null {
  return calendarMethodOf(request.kind, request.registration);
}

/** Clients match updates and cancellations by UID: one per occurrence, whatever the message. */
export const calendarUid = (occurrenceId: string) => `occurrence-${occurrenceId}@cercle`;

/**
 * One person's email for a notification: their signed links, the footer's preferences and one-click
 * unsubscribe links, and the calendar object (SEQUENCE = the occurrence's calendar revision, so a
 * reschedule replaces the entry and a cancellation removes it).
 */
export function composeEmail(request: Request, reader: EmailReader, settings: EmailSettings): OutgoingEmail {
  const o = request.occurrence;
  const links = personalLinks(request, reader.memberId, settings);
  const ctx = buildRenderContext(request, { language: reader.language, name: reader.name, communityName: settings.communityName, memberId: reader.memberId }, links);
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
  const method = calendarMethodFor(request);
  if (method) {
    email.icalEvent = {
      method,
      content: buildCalendarInvite({
        uid: calendarUid(o.occurrenceId),
        sequence: o.calendarSequence,
        method,
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
