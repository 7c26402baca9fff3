/**
 * People reach Cercle through one public base URL (PUBLIC_URL); a gateway (the dev launcher's, or the
 * reverse proxy in production) sends each first path segment to the service that serves it. Links in
 * emails and Mattermost posts are built from these helpers, never by hand.
 */
export const publicRoutes = {
  membership: ['r', 'organisers', 'communities', 'members', 'registrations'],
  events: ['series', 'occurrences', 'formats', 'notes'],
  notifications: ['deliveries', 'notifications', 'previews'],
} as const;

export type ServiceName = keyof typeof publicRoutes;

/** Which service serves a path, by its first segment (`/r/abc` → membership); null when none does. */
export function serviceForPath(path: string): ServiceName | null {
  const first = path.replace(/^\/+/, '').split(/[/?#]/)[0];
  for (const [service, segments] of Object.entries(publicRoutes) as Array<[ServiceName, readonly string[]]>) {
    if (segments.includes(first)) return service;
  }
  return null;
}

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** The registration page of one member for one occurrence (signed token, see @cercle/signed-links). */
export function registrationUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/r/${encodeURIComponent(token)}`);
}

/** The page where a scribe submits the notes of a workshop (signed token). */
export function notesUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/notes/${encodeURIComponent(token)}`);
}

export function occurrenceTimelineUrl(publicUrl: string, occurrenceId: string): string {
  return join(publicUrl, `/occurrences/${occurrenceId}`);
}
