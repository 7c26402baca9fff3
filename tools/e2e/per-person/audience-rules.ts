/**
 * Who gets which message, as rows the scenario model resolves person by person: for each kind, what
 * triggers it, whom it goes to (named groups resolved from the scenario's facts), on which channels and
 * with which calendar method. Written from issue 9's rules until the audience table is there to read.
 */
export type Channel = 'email' | 'dm' | 'post';
export type CalendarMethod = 'REQUEST' | 'CANCEL';

/** What happened in the scenario, as the rows name it. */
export type Trigger =
  | 'announce'
  | 'join.requested'
  | 'registration.confirmed'
  | 'registration.waitlisted'
  | 'registration.maybe'
  | 'registration.no'
  | 'remindContributors'
  | 'escalateReadiness'
  | 'remindParticipants'
  | 'roles.changed'
  | 'topic.onTheDay'
  | 'reschedule'
  | 'cancel';

/** Groups of people, resolved from the scenario's state at the trigger (see expected-messages.ts). */
export type Audience =
  | 'everyMember'
  /** The member whose answer was just recorded. */
  | 'registrant'
  /** The registrant, if they hold the occurrence in their calendar. */
  | 'registrantHoldingInvite'
  | 'registeredYesMaybe'
  | 'calendarHolders'
  | 'guide'
  /** The guide when a contribution is not ready. */
  | 'guideIfSomethingMissing'
  | 'contributorsReady'
  | 'contributorsNotReady'
  /** Whoever proposed a workshop (open forum): they host it. */
  | 'workshopHosts'
  /** Guide and contributors, the first time they are introduced. */
  | 'teamNotYetIntroduced'
  /** Guide and contributors after a change of roles. */
  | 'teamAfterChange'
  | 'newlyNamed'
  | 'removed';

export interface AudienceRow {
  kind: string;
  trigger: Trigger;
  audience: Audience[];
  /** `post`: once, in the community's channel, whoever the audience is. */
  channels: Channel[];
  calendar: CalendarMethod | null;
}

const personal: Channel[] = ['email', 'dm'];

export const audienceRows: AudienceRow[] = [
  { kind: 'announcement', trigger: 'announce', audience: ['everyMember'], channels: ['email', 'post'], calendar: 'REQUEST' },
  // The public page's email with the confirmation link (notifications sends it outside the notification kinds).
  { kind: 'registration-link-confirm', trigger: 'join.requested', audience: ['registrant'], channels: ['email'], calendar: null },
  { kind: 'registrationConfirmation', trigger: 'registration.confirmed', audience: ['registrant'], channels: ['email'], calendar: 'REQUEST' },
  { kind: 'waitingList', trigger: 'registration.waitlisted', audience: ['registrant'], channels: ['email'], calendar: null },
  // A "no" takes the occurrence out of the calendar of whoever holds it.
  { kind: 'registrationConfirmation', trigger: 'registration.no', audience: ['registrantHoldingInvite'], channels: ['email'], calendar: 'CANCEL' },
  { kind: 'contributorsIntro', trigger: 'remindContributors', audience: ['teamNotYetIntroduced'], channels: personal, calendar: null },
  { kind: 'prepReminder', trigger: 'remindContributors', audience: ['guide', 'contributorsNotReady', 'workshopHosts'], channels: personal, calendar: null },
  { kind: 'prepConfirmation', trigger: 'remindContributors', audience: ['contributorsReady'], channels: personal, calendar: null },
  { kind: 'readinessEscalation', trigger: 'escalateReadiness', audience: ['guideIfSomethingMissing'], channels: personal, calendar: null },
  { kind: 'participantReminder', trigger: 'remindParticipants', audience: ['registeredYesMaybe'], channels: ['email'], calendar: null },
  { kind: 'contributorsIntro', trigger: 'roles.changed', audience: ['teamAfterChange'], channels: personal, calendar: null },
  { kind: 'roleWithdrawn', trigger: 'roles.changed', audience: ['removed'], channels: personal, calendar: null },
  { kind: 'reschedule', trigger: 'reschedule', audience: ['calendarHolders'], channels: ['email', 'post'], calendar: 'REQUEST' },
  { kind: 'cancellation', trigger: 'cancel', audience: ['calendarHolders'], channels: ['email', 'post'], calendar: 'CANCEL' },
];

/** Triggers that change the occurrence in people's calendars: the SEQUENCE goes up by one. */
export const calendarChanges: ReadonlySet<Trigger> = new Set(['reschedule', 'cancel']);
