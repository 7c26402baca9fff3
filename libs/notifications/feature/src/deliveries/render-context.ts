import type { PayloadOf } from '@cercle/contracts';
import type { Language, RenderContext } from '@cercle/notifications-domain';

type Request = PayloadOf<'notification.requested'>;

/**
 * The template context of one delivery, from the stored request and what is known of its reader.
 * The contract's nulls become the renderer's "absent", so a template's `{{#if}}` behaves the same.
 */
export function buildRenderContext(
  request: Request,
  reader: { language: Language; name: string; communityName: string },
  links: RenderContext['links'] = {},
): RenderContext {
  const o = request.occurrence;
  return {
    language: reader.language,
    recipient: { name: reader.name },
    community: { name: reader.communityName },
    occurrence: {
      id: o.occurrenceId,
      title: o.title,
      formatName: o.formatName[reader.language],
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      timeZone: o.timeZone,
      location: o.location ?? undefined,
      theme: o.theme,
      agenda: o.agenda.map((item) => ({ ...item, title: item.title[reader.language] })),
    },
    links,
    roles: request.roles ?? undefined,
    nextRoles: request.nextRoles ?? undefined,
    notes: request.notes?.map((n) => ({ workshop: n.workshop, scribe: n.scribe ?? undefined, markdown: n.markdown })),
  };
}

/** The full notes of an occurrence as one Markdown document (the file attached to the thread root). */
export function notesDocument(request: Request): string {
  const sections = (request.notes ?? []).map(
    (n) => `## ${n.workshop}\n\n${n.scribe ? `_${n.scribe}_\n\n` : ''}${n.markdown.trim()}\n`,
  );
  return `# ${request.occurrence.title} — ${request.occurrence.startsAt.slice(0, 10)}\n\n${sections.join('\n')}`;
}
