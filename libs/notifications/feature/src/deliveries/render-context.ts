import type { PayloadOf } from '@cercle/contracts';
import type { Language, RenderContext } from '@cercle/notifications-domain';

type Request = PayloadOf<'notification.requested'>;

/**
 * The template context of one delivery, from the stored request and what is known of its reader.
 * The contract's nulls become the renderer's "absent", so a template's `{{#if}}` behaves the same.
 */
export function buildRenderContext(
  request: Request,
  reader: { language: Language; name: string; communityName: string; memberId?: string; organiser?: boolean },
  links: RenderContext['links'] = {},
): RenderContext {
  const o = request.occurrence;
  const language = reader.language;
  return {
    language,
    recipient: { name: reader.name },
    community: { name: reader.communityName },
    occurrence: {
      id: o.occurrenceId,
      title: o.title,
      formatName: o.formatName[language],
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      timeZone: o.timeZone,
      location: o.location ?? undefined,
      theme: o.theme,
      agenda: o.agenda.map((item) => ({ ...item, title: item.title[language] })),
      topics: o.topics,
      previousStartsAt: o.previousStartsAt,
      cancellationReason: o.cancellationReason,
      registrationClosesAt: o.registrationClosesAt,
      // Only a cancellation sets a reason; a cancelled occurrence confirms nobody's place.
      cancelled: request.kind === 'cancellation' || o.cancellationReason !== null,
      rules: o.rules ? { principles: o.rules.principles[language], attendanceRules: o.rules.attendanceRules[language] } : undefined,
      openToGuests: o.openToGuests,
    },
    links: readerLinks(request, links, reader.organiser === true),
    roles: request.roles ?? undefined,
    nextRoles: request.nextRoles ?? undefined,
    notes: request.notes?.map((n) => ({ workshop: n.workshop, scribe: n.scribe ?? undefined, markdown: n.markdown })),
    // Everyone's part is shown; only the reader's own is « votre contribution » (a guide reads the others'
    // readiness, never a contributor's part as their own). A materials link someone typed that is not a web
    // link is left out rather than failing the message.
    contributions: request.contributions?.map(({ materialsUrl, ...c }) => ({
      ...c,
      materialsUrl: webLinkOrNull(materialsUrl),
      mine: reader.memberId !== undefined && c.memberId === reader.memberId,
    })),
    registration: request.registration ?? undefined,
    deadline: request.deadline ?? undefined,
    alert: request.alert && alertFor(request.alert, reader.organiser === true),
  };
}

/**
 * A reader's links in a message: their own, and what is the same for everyone: the day's page (events
 * signs it) and, for the community's organisers only, an alert's link to the occurrence's console page
 * (members cannot sign in to the console: a link they cannot open would only mislead them).
 */
export function readerLinks(request: Request, links: RenderContext['links'], organiser = false): RenderContext['links'] {
  return {
    ...links,
    ...(request.dayPage ? { day: request.dayPage } : {}),
    ...(request.alert && organiser ? { timeline: request.alert.link } : {}),
  };
}

/** An alert as its reader sees it: the console's deliveries page only for an organiser. */
function alertFor(alert: NonNullable<Request['alert']>, organiser: boolean): RenderContext['alert'] {
  const { link: _link, deliveriesLink, ...rest } = alert;
  return { ...rest, forOrganiser: organiser, ...(organiser && deliveriesLink ? { deliveriesLink } : {}) };
}

function webLinkOrNull(url: string | null): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

/** The full notes of an occurrence as one Markdown document (the file attached to the thread root). */
export function notesDocument(request: Request): string {
  const sections = (request.notes ?? []).map((n) => `## ${n.workshop}\n\n${n.scribe ? `_${n.scribe}_\n\n` : ''}${n.markdown.trim()}\n`);
  return `# ${request.occurrence.title} — ${request.occurrence.startsAt.slice(0, 10)}\n\n${sections.join('\n')}`;
}
