import type { HeaderProblem } from '@cercle/member-csv';
import { rejectionReason, type Rejection } from '@cercle/member-csv';
import type { fr } from './fr';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The CLI's words in English (`--lang en`, or an `en*` locale). */
// Typed by the French text, the reference: a key missing here does not compile.
export const en: typeof fr = {
  help: {
    program: 'Cercle from the command line: run a community’s gatherings through the public API.',
    json: 'machine-readable output (JSON alone on standard output)',
    lang: 'language of the messages: fr (default) or en',
    config: 'configuration file (default: $XDG_CONFIG_HOME/cercle/config.json)',
    exitCodes: [
      'Exit codes:',
      '  0  all went well',
      '  1  usage: invalid option or argument, missing file, bad CSV header, no configuration',
      '  2  the API refused: unknown or not found, token revoked, expired or read-only, invalid request',
      '  3  the API is unreachable, too slow or failing (5xx)',
      '  4  done in part: lines rejected, resends refused, or `doctor` found a problem',
      '  5  an unexpected error in the command itself (please report it)',
      '',
      'Variables: CERCLE_API_URL and CERCLE_TOKEN override the configured address and token;',
      'CERCLE_ADMIN_TOKEN gives `cercle init` the admin token.',
    ].join('\n'),
    helpOption: 'display help',
    helpCommand: 'display help for a command',
    init: 'creates the first organiser account with the admin token and stores its token',
    initApiUrl: 'public address of Cercle',
    initAdminToken: 'admin token (ADMIN_TOKEN; or the CERCLE_ADMIN_TOKEN variable)',
    initName: 'your name',
    initEmail: 'your email address (for invitations to co-organise)',
    initForce: 'replaces an existing configuration',
    communities: 'your communities',
    communitiesList: 'lists the communities you organise',
    communitiesCreate: 'creates a community that you own',
    communityName: 'name of the community',
    communityChannel: 'id of the community’s Mattermost channel',
    communityLanguage: 'default language of the members: fr or en',
    members: 'the members of a community',
    membersImport: 'imports members from a CSV (columns name, email, mattermost, language)',
    membersCommunity: 'id of the community',
    membersDryRun: 'checks the file without importing anything',
    series: 'series of gatherings',
    seriesCreate: 'creates a series following a format (peer-group, open-forum or your own)',
    seriesList: 'lists a community’s series, with their next gathering',
    seriesFormat: 'format: peer-group, open-forum or the id of one of your formats',
    seriesTitle: 'title (default: the format’s name)',
    seriesFirstDate: 'first possible day, YYYY-MM-DD (default: today)',
    seriesRrule: 'recurrence RRULE, e.g. FREQ=MONTHLY;BYDAY=1TU (default: the format’s)',
    seriesStartTime: 'local start time HH:mm (default: the format’s)',
    seriesTimeZone: 'IANA time zone',
    seriesDuration: 'duration in minutes (default: the format’s)',
    seriesLocation: 'location',
    seriesCapacity: 'number of places',
    seriesTheme: 'theme of the first gathering',
    occurrences: 'the gatherings (occurrences) of a series',
    occurrencesList: 'lists the gatherings of a series',
    occurrencesSeries: 'id of the series',
    occurrencesShow: 'shows a gathering: agenda, registrations, steps',
    occurrencesAdvance: 'runs the next pending step now',
    occurrencesReschedule: 'moves a gathering and tells the registrants',
    occurrencesTo: 'new start, local time YYYY-MM-DDTHH:mm',
    occurrencesCancel: 'cancels a gathering and tells the registrants',
    occurrencesReason: 'reason for the cancellation (it is passed on)',
    deliveries: 'deliveries (emails, Mattermost messages)',
    deliveriesFailed: 'lists failed deliveries',
    deliveriesResend: 'sends them again',
    deliveriesOccurrence: 'only those about one gathering',
    doctor: 'checks the configuration, the API, the services, database, queues, email and Mattermost',
  },
  errors: {
    unreachable: (url, reason) => `Cercle does not answer at ${url} (${reason}). Is it running (npm start), and is the address right?`,
    serverError: (status, message) =>
      `Cercle met an error (${status}${message ? `: ${message}` : ''}). Try again; if it persists, run "cercle doctor".`,
    refused: (status, code, message, issues) => {
      const known = API_CODES[code];
      const lines = [known ?? `The API refused (${status}, ${code})${message ? `: ${message}` : ''}`];
      for (const issue of issues) lines.push(`  ${issue.path || 'request'}: ${issue.message}`);
      return lines.join('\n');
    },
    noConfig: (path) => `No configuration (${path}). Start with "cercle init", or give CERCLE_API_URL and CERCLE_TOKEN.`,
    invalidConfig: (path, reason) => `Unreadable configuration (${path}): ${reason}. Run "cercle init --force" again.`,
    alreadyInitialised: (path, who) =>
      `A configuration already exists (${path}, ${who}). "cercle init --force" replaces it: its token is lost from it (revoke it if no longer used).`,
    adminTokenMissing:
      'The admin token is missing: --admin-token, or the CERCLE_ADMIN_TOKEN variable (the ADMIN_TOKEN printed when Cercle starts).',
    fileNotFound: (path) => `File not found: ${path}`,
    fileUnreadable: (path, reason) => `Cannot read ${path}: ${reason}`,
    csvEmpty: (path) => `The file ${path} is empty: it needs a header line (name,email,mattermost,language), then one member per line.`,
    csvHeader: (path: string, problems: HeaderProblem[]) =>
      [
        `Invalid CSV header (${path}, line 1):`,
        ...problems.map((p) =>
          p.kind === 'unknown'
            ? `  unknown column "${p.column}"`
            : p.kind === 'duplicate'
              ? `  column given twice "${p.column}"`
              : `  required column missing: ${p.column}`,
        ),
        'Known columns: name (or nom), email (or courriel), mattermost (username, optional), language (or langue: fr or en, optional).',
      ].join('\n'),
    invalidOption: (option, value, expected) => `Invalid value for ${option}: "${value}" (expected: ${expected}).`,
    stoppedImport: (notSent) =>
      `Import stopped: ${plural(notSent, 'valid line was', 'valid lines were')} not sent; run the same command again once the problem is fixed (members already imported are skipped).`,
  },
  init: {
    created: (name, id) => `Organiser account created: ${name} (${id}).`,
    waiting: 'Waiting for the three services to accept the token…',
    notYetAccepted: 'The services do not accept the token yet; try again in a moment or run "cercle doctor".',
    saved: (path) => `Token saved in ${path} (readable by you only).`,
    next: 'Next: cercle communities create --name "My community" --mattermost-channel <channel id>',
  },
  communities: {
    headers: ['id', 'name', 'role', 'language', 'Mattermost channel'],
    none: 'No community yet. Create one: cercle communities create --name "My community"',
    role: (role) => role,
    created: (name, id) => `Community "${name}" created: ${id} (you own it).`,
    waiting: 'Waiting for the events and notifications services to know it…',
    notYetKnown: 'The other services do not know it yet; try again in a moment.',
    next: (id) => `Next: cercle members import members.csv --community ${id}`,
  },
  members: {
    progress: (done, total) => `Import: ${done}/${total}`,
    summary: (imported, skipped, rejected, dryRun) =>
      `${dryRun ? 'Check only: ' : ''}${plural(imported, dryRun ? 'member would be imported' : 'member imported', dryRun ? 'members would be imported' : 'members imported')}, ` +
      `${plural(skipped, 'already a member (skipped)', 'already members (skipped)')}, ${plural(rejected, 'line rejected', 'lines rejected')}.`,
    rejectedHeader: 'Rejected lines:',
    skippedHeader: 'Already members (same email address), skipped:',
    line: (line, reason) => `  line ${line}: ${reason}`,
    reason: (r: Rejection): string => rejectionReason(r, 'en'),
  },
  series: {
    created: (title, id, format) => `Series "${title}" created: ${id} (format ${format}).`,
    planned: 'Planned gatherings:',
    next: (id) => `Next: cercle occurrences list --series ${id}`,
    headers: ['id', 'title', 'format', 'next gathering'],
    none: 'No series in this community: cercle series create --community … --format peer-group',
    noNext: '—',
  },
  occurrences: {
    headers: ['id', 'start (local time)', 'status', 'title'],
    none: 'No gathering planned.',
    status: (status) => ({ closed: 'registration closed' })[status] ?? status,
    fields: {
      start: 'Start',
      location: 'Location',
      status: 'Status',
      theme: 'Theme',
      registrations: 'Registrations',
      agenda: 'Agenda',
      timeline: 'Steps',
      capacity: 'Places',
    },
    field: (label, value) => `${label}: ${value}`,
    registrations: (yes, maybe, no) => `${yes} yes, ${maybe} maybe, ${no} no`,
    step: (step, state, at) => `  ${step.padEnd(22)} ${state.padEnd(9)} ${at}`,
    ran: (runs) => (runs.length ? runs.map((r) => `Step ${r.step}: ${r.state} (${r.outcome})`).join('\n') : 'No step ran.'),
    rescheduled: (start, told) => `Gathering moved to ${start}. Told: ${told}.`,
    cancelled: (told) => `Gathering cancelled. Told: ${told}.`,
    none_: '—',
  },
  deliveries: {
    headers: ['id', 'kind', 'channel', 'recipient', 'attempts', 'error'],
    none: 'No failed delivery.',
    total: (shown, total) => `${shown} failed deliver${shown === 1 ? 'y' : 'ies'} shown of ${total}.`,
    resent: (n, refused) =>
      `${plural(n, 'delivery queued again', 'deliveries queued again')}${refused ? `, ${refused} refused` : ''}: follow them with cercle deliveries failed.`,
  },
  doctor: {
    ok: 'ok',
    problem: 'problem',
    unknown: 'unknown',
    config: 'Configuration',
    configOk: (path) => `${path}, readable by you only`,
    configMode: (path, mode) => `${path} is readable by others (mode ${mode}) → chmod 600 ${path}`,
    configMissing: (path) => `missing (${path}) → cercle init`,
    api: 'API',
    apiOk: (url) => `${url} answers`,
    service: (name) => `Service ${name}`,
    serviceDown: (detail) => `${detail} → read its logs; the database and the queues (Redis or PostgreSQL) must be reachable`,
    healthMissing: 'the gateway does not give the services’ health (/health): update it or route /health to it',
    token: 'Token',
    tokenOk: (name, readOnly) => `${name}${readOnly ? ', read-only: commands that change things will be refused' : ''}`,
    tokenBad: (message) => `${message} → create a token (cercle init --force, or POST /organisers/me/tokens with a valid token)`,
    tokenElsewhere: (service, message) => `the ${service} service refuses the token: ${message}`,
    channel: (channel) => (channel === 'email' ? 'Email (SMTP)' : 'Mattermost'),
    channelOk: 'no failed delivery',
    channelRetrying: (n, error, setting) =>
      `${plural(n, 'delivery', 'deliveries')} being retried, last error: ${error} → check ${setting} and that the server answers; they will go out by themselves`,
    channelFailed: (n, error, setting) =>
      `${n} failed deliver${n === 1 ? 'y' : 'ies'}, latest: ${error} → check ${setting}, then "cercle deliveries failed --resend"`,
    unknownMattermostUser: (n, username) =>
      `${n} failed deliver${n === 1 ? 'y' : 'ies'}, latest: Mattermost knows no user "${username}" (direct message) → add that person to Mattermost (locally: the inbox's form) or correct the member's Mattermost username in the community, then "cercle deliveries failed --resend"`,
    channelUnknown: 'no API route tells without a valid token',
    line: (mark, check, detail) => `${mark} ${check}: ${detail}`,
    allGood: 'All good.',
    problems: (n) => `${plural(n, 'problem found', 'problems found')}.`,
  },
};

const API_CODES: Record<string, string> = {
  'token-revoked':
    'This token was revoked. Get a new one: "cercle init --force --name … --email <your address>" with the admin token, or ask another organiser.',
  'token-expired': 'This token has expired. Create a new one with a valid token (POST /organisers/me/tokens) or run "cercle init --force".',
  'token-unknown': 'Cercle does not know this token. Check CERCLE_TOKEN or run "cercle init".',
  'token-required': 'An organiser token is needed: run "cercle init".',
  'token-read-only': 'This token is read-only: it may only look. Use a full token to change things.',
  'admin-token-required': 'Admin token refused: give the installation’s ADMIN_TOKEN.',
  'admin-token': 'The admin token only creates organisers; use the token from "cercle init".',
  'community-not-found': 'Unknown community, or one you do not organise (cercle communities list).',
  'series-not-found': 'Unknown series, or one of a community you do not organise.',
  'occurrence-not-found': 'Unknown gathering, or one of a community you do not organise (cercle occurrences list --series …).',
  'delivery-not-found': 'Unknown delivery, or one of a community you do not organise.',
  'owner-only': 'Only an owner of the community can do this.',
  'invalid-id': 'Invalid id: a UUID is needed (as "list" shows it).',
  'occurrence-cancelled': 'This gathering is cancelled: no step can run any more.',
  'nothing-pending': 'Every step of this gathering has already run.',
  'delivery-not-failed': 'Only a failed delivery can be sent again.',
  'organiser-email-taken': 'An organiser account already uses this email address.',
};
