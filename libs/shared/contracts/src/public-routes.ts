/**
 * People reach Cercle through one public base URL (PUBLIC_URL); a gateway (the dev launcher's, or the
 * reverse proxy in production) sends each first path segment to the service that serves it. Links in
 * emails and Mattermost posts are built from these helpers, never by hand.
 */
export const publicRoutes = {
  membership: ['r', 'organisers', 'communities', 'members', 'registrations', 'invitations', 'join', 'queues'],
  events: ['series', 'occurrences', 'formats', 'notes', 'topics', 'roles', 'rotation', 'contributions', 'day'],
  notifications: ['deliveries', 'notifications', 'previews', 'calendars'],
  /** The organisers' console (pages, and the DSFR files it serves under /console/dsfr). */
  console: ['console'],
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

/**
 * A member's ballot for one occurrence: the proposed topics and a vote button for each. It takes the
 * member's registration token (purpose `register`), so whoever may register may vote.
 */
export function topicBallotUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/topics/ballot/${encodeURIComponent(token)}`);
}

/** The page where a scribe submits the notes of a workshop (signed token). */
export function notesUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/notes/${encodeURIComponent(token)}`);
}

/** The console page a sign-in link opens (its button redeems the single-use token). */
export function consoleSignInUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/console/sign-in/${encodeURIComponent(token)}`);
}

/** The purpose written into each signed link's claim (a link for one purpose is refused for another). */
export const LinkPurpose = {
  Register: 'register',
  Notes: 'notes',
  RoleResponse: 'role-response',
  Preferences: 'preferences',
  Invitation: 'invitation',
  Contribution: 'contribution',
  CalendarFeed: 'calendar-feed',
  /** The link that confirms a registration asked for on an occurrence's public page (double opt-in). */
  JoinConfirmation: 'join-confirmation',
  Day: 'day',
} as const;

/**
 * The page of an occurrence's day, shown in the room as a QR code: anyone there adds a topic or volunteers
 * as a workshop's scribe (signed per occurrence, purpose `day`; no person in it).
 */
export function dayPageUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/day/${encodeURIComponent(token)}`);
}

/** Where a contributor (or workshop host) gives the title, kind and materials of their contribution (signed token). */
export function contributionUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/contributions/${encodeURIComponent(token)}`);
}

/**
 * The public registration page of one occurrence: a channel post cannot carry a personal link, so it
 * links here; whoever gives a name and an email gets their personal link by email (double opt-in).
 */
export function publicRegistrationUrl(publicUrl: string, occurrenceId: string): string {
  return join(publicUrl, `/join/${encodeURIComponent(occurrenceId)}`);
}

/** The link in the confirmation email of a public registration: opening it registers the person (signed token). */
export function joinConfirmationUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/join/confirm/${encodeURIComponent(token)}`);
}

/** The page where someone invited to co-organise a community accepts (signed token, purpose `invitation`). */
export function invitationUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/invitations/${encodeURIComponent(token)}`);
}

/** The page where a person chosen for the next session accepts or declines (signed token). */
export function roleResponseUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/roles/${encodeURIComponent(token)}`);
}

/** A member's notification preferences page (signed token, purpose `preferences`). */
export function preferencesUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/notifications/preferences/${encodeURIComponent(token)}`);
}

/** RFC 8058 one-click unsubscribe target (POST) and its confirmation page (GET). */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/notifications/unsubscribe/${encodeURIComponent(token)}`);
}

/** A series' public calendar feed (iCalendar, dates only, no names), to subscribe to in any calendar app. */
export function seriesCalendarUrl(publicUrl: string, seriesId: string): string {
  return join(publicUrl, `/calendars/series/${encodeURIComponent(seriesId)}`);
}

/** A member's own calendar feed: the occurrences they hold, with their role (signed token, purpose `calendar-feed`). */
export function memberCalendarUrl(publicUrl: string, token: string): string {
  return join(publicUrl, `/calendars/members/${encodeURIComponent(token)}`);
}
