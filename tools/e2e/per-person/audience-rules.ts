import { audienceTable, type AudienceGroup, type CalendarMethodRule, type NotificationKind, type Silencer } from '@cercle/contracts';
import type { Preference, Role } from './cast';

/**
 * The audience table (`@cercle/contracts`), read for this scenario: which kinds each of the scenario's
 * events triggers (the table's `trigger` column, which is prose, written here as data), and for each
 * kind the groups it reaches, its channels and its calendar method, read from the table itself.
 */
export type Channel = 'email' | 'dm' | 'post';
export type CalendarMethod = 'REQUEST' | 'CANCEL';

/** What happened in the scenario. */
export type Trigger =
  | 'announce'
  | 'join.requested'
  | 'registration.confirmed'
  | 'registration.waitlisted'
  | 'registration.declined'
  | 'remindContributors'
  | 'escalateReadiness'
  | 'remindParticipants'
  | 'roles.changed'
  | 'programme.posted'
  | 'reschedule'
  | 'cancel';

/**
 * The email with the confirmation link that the occurrence's public page sends is no notification kind
 * and has no row in the table: it answers the person who asked, and only them.
 */
const JOIN_LINK = 'registration-link-confirm';
type Kind = NotificationKind | typeof JOIN_LINK;

/** The kinds each trigger causes, as the table's `trigger` column says (its conditions are in the model). */
export const kindsOf: Record<Trigger, Kind[]> = {
  announce: ['announcement'],
  'join.requested': [JOIN_LINK],
  'registration.confirmed': ['registrationConfirmation'],
  'registration.waitlisted': ['waitingList'],
  'registration.declined': ['registrationConfirmation'],
  remindContributors: ['contributorsIntro', 'prepReminder', 'prepConfirmation'],
  escalateReadiness: ['readinessEscalation'],
  remindParticipants: ['participantReminder'],
  'roles.changed': ['roleAssigned', 'roleRemoved', 'contributorsIntro'],
  'programme.posted': ['programme'],
  reschedule: ['reschedule'],
  cancel: ['cancellation'],
};

export interface KindRule {
  kind: Kind;
  recipients: readonly AudienceGroup[];
  /** `post`: once, in the community's channel, whoever the recipients are. */
  channels: Channel[];
  calendar: CalendarMethodRule;
  silencedBy: readonly Silencer[];
}

export function ruleOf(kind: Kind): KindRule {
  if (kind === JOIN_LINK) return { kind, recipients: ['registrant'], channels: ['email'], calendar: 'none', silencedBy: [] };
  const row = audienceTable[kind];
  const channels: Channel[] = [];
  if (row.channels.email) channels.push('email');
  if (row.channels.directMessage) channels.push('dm');
  if (row.channels.channelPost) channels.push('post');
  return { kind, recipients: row.recipients, channels, calendar: row.calendar, silencedBy: row.silencedBy };
}

/** Triggers that change the occurrence itself: its calendar revision goes up by one. */
export const calendarChanges: ReadonlySet<Trigger> = new Set(['reschedule', 'cancel']);

/** Where a registration answer leaves the person. */
export interface Answered {
  answer: 'yes' | 'no' | 'maybe';
  status: 'confirmed' | 'waitlisted' | 'declined';
}

/**
 * Where one person gets a message, as the table's `silencedBy` column and the notifications README say:
 * leaving the series silences the kinds it lists; the channel choice moves a message between email and
 * direct message (to a direct message only with a Mattermost account) but never silences it.
 */
export function channelsFor(person: Role, rule: KindRule, preference: Preference | undefined): { email: boolean; dm: boolean } {
  const requested = { email: rule.channels.includes('email'), dm: rule.channels.includes('dm') };
  if (!requested.email && !requested.dm) return requested;
  if (preference?.seriesOff && rule.silencedBy.includes('unsubscribeSeries')) return { email: false, dm: false };
  switch (preference?.channels ?? 'both') {
    case 'email':
      return { email: true, dm: false };
    case 'mattermost':
      return person.chat ? { email: false, dm: true } : { email: requested.email, dm: false };
    case 'both':
      return { email: requested.email, dm: requested.dm && !!person.chat };
  }
}

/** The table's calendar column for one message: `byAnswer` reads the answer just recorded. */
export function methodFor(rule: KindRule, answered: Answered | null): CalendarMethod | null {
  if (rule.calendar === 'none') return null;
  if (rule.calendar !== 'byAnswer') return rule.calendar;
  if (!answered) return null;
  if (answered.answer === 'no') return 'CANCEL';
  return answered.status === 'waitlisted' ? null : 'REQUEST';
}
