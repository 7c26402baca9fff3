import { publicRegistrationUrl, type PayloadOf } from '@cercle/contracts';
import {
  calendarDescription,
  calendarInviteFor,
  emailRenderer,
  renderEmail,
  type CalendarPerson,
  type Language,
  type RenderContext,
  type RenderedEmail,
  type TemplateOverride,
} from '@cercle/notifications-domain';
import type { PlannedCalendar } from '../calendar/calendar-state';
import { calendarUid } from '../calendar/calendar-uid';
import type { OutgoingEmail } from '../providers';
import { personalLinks } from './personal-links';
import { buildRenderContext, readerLinks } from './render-context';

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
 * The emails of one notification, reader by reader. Each email has its reader's signed links, the
 * footer's preferences and one-click unsubscribe links, and the calendar object planned for them
 * (REQUEST or CANCEL with their SEQUENCE, see calendar/calendar-decision.ts). What readers share is
 * made once per language: the checked context and its view (dates, zones, lists), and the calendar
 * object, which describes the occurrence and links to its public page: it is shared and forwarded, so
 * it never carries the personal email or its signed links.
 */
export class EmailComposer {
  private readonly renderers = new Map<Language, (reader: { name: string; links: RenderContext['links'] }) => RenderedEmail>();
  private readonly invites = new Map<string, (attendee: CalendarPerson) => string>();

  constructor(
    private readonly request: Request,
    private readonly settings: Omit<EmailSettings, 'override'>,
    private readonly overrideFor: (language: Language) => TemplateOverride | null,
  ) {}

  compose(reader: EmailReader, calendar: PlannedCalendar | null = null): OutgoingEmail {
    const { request, settings } = this;
    const links = personalLinks(request, reader.memberId, settings);
    const rendered = this.render(reader, links);
    const email: OutgoingEmail = {
      from: settings.from,
      to: { name: reader.name, email: reader.email },
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      ...(links.unsubscribe ? { listUnsubscribe: { url: links.unsubscribe } } : {}),
      // What the message is and about which occurrence, for people's mail filters (and the demo's counts).
      headers: { 'X-Cercle-Kind': request.kind, 'X-Cercle-Occurrence': request.occurrence.occurrenceId },
    };
    if (calendar) {
      email.icalEvent = {
        method: calendar.method,
        content: this.invite(reader.language, calendar)({ name: reader.name, email: reader.email }),
      };
    }
    return email;
  }

  private render(reader: EmailReader, links: RenderContext['links']): RenderedEmail {
    const { request, settings } = this;
    const context = () =>
      buildRenderContext(
        request,
        { language: reader.language, name: reader.name, communityName: settings.communityName, memberId: reader.memberId },
        links,
      );
    // Which contribution is « yours » depends on the reader: such a message is made whole for each.
    if (request.contributions) return renderEmail(request.kind, context(), this.overrideFor(reader.language));
    let render = this.renderers.get(reader.language);
    if (!render) {
      render = emailRenderer(request.kind, context(), this.overrideFor(reader.language));
      this.renderers.set(reader.language, render);
    }
    return render({ name: reader.name, links: readerLinks(request, links) });
  }

  private invite(language: Language, { method, sequence }: PlannedCalendar): (attendee: CalendarPerson) => string {
    const key = `${language}:${method}:${sequence}`;
    let invite = this.invites.get(key);
    if (!invite) {
      const o = this.request.occurrence;
      const page = publicRegistrationUrl(this.settings.publicUrl, o.occurrenceId);
      invite = calendarInviteFor({
        uid: calendarUid(o.occurrenceId),
        sequence,
        method,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        timeZone: o.timeZone,
        summary: o.title,
        description: calendarDescription(o, language, page),
        location: o.location ?? undefined,
        url: page,
        organizer: this.settings.from,
        stamp: this.settings.now.toISOString(),
      });
      this.invites.set(key, invite);
    }
    return invite;
  }
}

/** One person's email for a notification (see EmailComposer). */
export function composeEmail(
  request: Request,
  reader: EmailReader,
  settings: EmailSettings,
  calendar: PlannedCalendar | null = null,
): OutgoingEmail {
  return new EmailComposer(request, settings, () => settings.override ?? null).compose(reader, calendar);
}
