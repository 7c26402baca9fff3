import type { NotificationKind } from '../messages/notifications-messages';

/**
 * Who a message can be about. Events resolves the groups it knows into member ids (people it keeps
 * facts about); `everyMember` and `calendarHolders` travel symbolically and notifications resolves them
 * from its own copies (the members it can reach, the invites it sent).
 */
export const audienceGroups = {
  everyMember: 'every active member of the community',
  newMember: 'a member who joins while registration is open, when the others had it already',
  registrant: 'the person whose registration just changed',
  registeredYesAndMaybe: 'members who answered yes or maybe and are not waiting for a place',
  waitingList: 'members waiting for a place',
  calendarHolders: 'everyone holding the occurrence in their calendar (sent a REQUEST, not cancelled for them)',
  guide: 'the guide of the occurrence',
  contributors: 'the contributors of the occurrence',
  workshopHosts: 'members who proposed a workshop at an open forum: they host it',
  scribes: 'scribes of a workshop that has no notes yet',
  newlyNamed: 'someone just named guide or contributor, or moved from one of these roles to the other',
  removed: 'someone who just lost their role of guide or contributor',
  chosenForNextRoles: 'the people chosen for the next session’s roles, not yet asked',
  alertContacts: 'the members a series names to receive its health alerts',
  // Health alerts to organisers (issue 12).
  communityOrganisers:
    'the organisers of the community (console accounts, not members), at their email; one who is also a member named here is told once, as that member',
} as const;
export type AudienceGroup = keyof typeof audienceGroups;

/** What a person can do to stop a message reaching them by email or direct message. */
export const silencers = {
  unsubscribeAll: 'unsubscribed from everything (one-click link or preferences page)',
  unsubscribeSeries: 'unsubscribed from this series',
} as const;
export type Silencer = keyof typeof silencers;

/**
 * The calendar object an email carries: the occurrence as it stands (REQUEST), its removal (CANCEL),
 * none, or `byAnswer`: REQUEST for someone with a place or a maybe, CANCEL after a no, none while
 * waiting for a place.
 */
export type CalendarMethodRule = 'REQUEST' | 'CANCEL' | 'byAnswer' | 'none';

export interface AudienceRule {
  /** What makes Cercle send it. */
  trigger: string;
  /** Who receives it personally (email and/or direct message), as groups. */
  recipients: readonly AudienceGroup[];
  /** Who of those groups, when not all of them (a readiness filter, a reader's own part). */
  only?: string;
  /**
   * Personal channels the message is meant for (each person's channel choice may move one to the
   * other), and whether it is posted in the community's channel. A post goes with a message to the
   * whole community or to the calendar holders, never with a message to a few named people.
   */
  channels: { email: boolean; directMessage: boolean; channelPost: boolean };
  calendar: CalendarMethodRule;
  /** Empty: the person gets it even after unsubscribing (an answer to what they did, a role given or taken, a calendar change). */
  silencedBy: readonly Silencer[];
}

const bulk: readonly Silencer[] = ['unsubscribeAll', 'unsubscribeSeries'];
const personal = { email: true, directMessage: true, channelPost: false };

/**
 * Every message kind: what triggers it, who receives it, on which channels, with which calendar
 * method, and what silences it. Events reads recipients and channels from it, notifications the
 * calendar method and silencing; `libs/notifications/README.md` shows it (a test keeps them equal).
 */
export const audienceTable = {
  announcement: {
    trigger: 'announce step; a member joining while registration is open gets their own',
    recipients: ['everyMember', 'newMember'],
    channels: { email: true, directMessage: false, channelPost: true },
    calendar: 'REQUEST',
    silencedBy: bulk,
  },
  registrationConfirmation: {
    trigger: 'a registration answer changes where the person stands (place, answer, promotion, place given up)',
    recipients: ['registrant'],
    channels: { email: true, directMessage: false, channelPost: false },
    calendar: 'byAnswer',
    silencedBy: [],
  },
  waitingList: {
    trigger: 'a registration joins the waiting list',
    recipients: ['registrant'],
    channels: { email: true, directMessage: false, channelPost: false },
    calendar: 'byAnswer',
    silencedBy: [],
  },
  prepReminder: {
    trigger: 'remindContributors step',
    recipients: ['guide', 'contributors', 'workshopHosts'],
    only: 'the guide (with everyone’s readiness), and each contributor or host still missing a title or materials (their own part)',
    channels: personal,
    calendar: 'none',
    silencedBy: bulk,
  },
  prepConfirmation: {
    trigger: 'remindContributors step',
    recipients: ['contributors', 'workshopHosts'],
    only: 'each contributor or host whose title and materials are in (their own part); not the guide',
    channels: personal,
    calendar: 'none',
    silencedBy: bulk,
  },
  readinessEscalation: {
    trigger: 'escalateReadiness step, when a contribution still lacks something',
    recipients: ['guide'],
    channels: personal,
    calendar: 'none',
    silencedBy: bulk,
  },
  contributorsIntro: {
    trigger: 'the team (guide and contributors) changes, or remindContributors when nobody introduced them yet',
    recipients: ['guide', 'contributors'],
    only: 'the team as it now stands, except the newly named (roleAssigned introduces them)',
    channels: personal,
    calendar: 'none',
    silencedBy: bulk,
  },
  roleAssigned: {
    trigger: 'the organiser names someone guide or contributor (PUT /occurrences/:id/roles)',
    recipients: ['newlyNamed'],
    channels: personal,
    calendar: 'none',
    silencedBy: [],
  },
  roleRemoved: {
    trigger: 'the organiser takes someone’s role of guide or contributor away (PUT /occurrences/:id/roles)',
    recipients: ['removed'],
    channels: personal,
    calendar: 'none',
    silencedBy: [],
  },
  participantReminder: {
    trigger: 'remindParticipants step',
    recipients: ['registeredYesAndMaybe'],
    channels: { email: true, directMessage: false, channelPost: false },
    calendar: 'none',
    silencedBy: bulk,
  },
  agenda: {
    trigger: 'hold step (the occurrence starts)',
    recipients: [],
    channels: { email: false, directMessage: false, channelPost: true },
    calendar: 'none',
    silencedBy: [],
  },
  programme: {
    trigger: 'on the day, the organiser posts the programme (room × slot) when it changed since the last post',
    recipients: [],
    channels: { email: false, directMessage: false, channelPost: true },
    calendar: 'none',
    silencedBy: [],
  },
  nextRoles: {
    trigger: 'assignNextRoles step; someone declines and rotation asks the next person',
    recipients: ['chosenForNextRoles'],
    channels: personal,
    calendar: 'none',
    silencedBy: bulk,
  },
  notesReminder: {
    trigger: 'remindNotes step',
    recipients: ['scribes'],
    channels: personal,
    calendar: 'none',
    silencedBy: bulk,
  },
  notesArchive: {
    trigger: 'archiveNotes step',
    recipients: [],
    channels: { email: false, directMessage: false, channelPost: true },
    calendar: 'none',
    silencedBy: [],
  },
  reschedule: {
    trigger: 'the organiser moves an announced occurrence (or a series exception moves it)',
    recipients: ['calendarHolders', 'registeredYesAndMaybe', 'waitingList'],
    only: 'registrants without the entry in their calendar get the email without a calendar object',
    channels: { email: true, directMessage: false, channelPost: true },
    calendar: 'REQUEST',
    silencedBy: [],
  },
  cancellation: {
    trigger: 'the organiser cancels an announced occurrence (or a series exception skips it)',
    recipients: ['calendarHolders', 'registeredYesAndMaybe', 'waitingList'],
    only: 'registrants without the entry in their calendar get the email without a calendar object',
    channels: { email: true, directMessage: false, channelPost: true },
    calendar: 'CANCEL',
    silencedBy: [],
  },
  // Health alerts: what organisers asked to be warned of reaches them even if they left the series' messages.
  healthAlert: {
    trigger: 'a health check of the series finds a condition (lifecycle schedule, or a fact changes): once per condition',
    recipients: ['guide', 'alertContacts', 'communityOrganisers'],
    channels: personal,
    calendar: 'none',
    silencedBy: [],
  },
  healthAlertCleared: {
    trigger:
      'the condition of a raised health alert is resolved while its check still applies, before the occurrence starts (a check switched off or out of its window withdraws the alert silently)',
    only: 'the guide and alert contacts who were told of the raised alert (events keeps them on the alert), not those named since',
    recipients: ['guide', 'alertContacts', 'communityOrganisers'],
    channels: personal,
    calendar: 'none',
    silencedBy: [],
  },
} as const satisfies Record<NotificationKind, AudienceRule>;

export function audienceRule(kind: NotificationKind): AudienceRule {
  return audienceTable[kind];
}

/**
 * The calendar method of one message to one person: the kind's rule, with `byAnswer` read from their
 * registration (a `maybe` keeps the entry; a `no` removes it; waiting for a place puts nothing there).
 */
export function calendarMethodOf(
  kind: NotificationKind,
  registration: { answer: 'yes' | 'no' | 'maybe'; status: 'confirmed' | 'waitlisted' | 'declined' } | null,
): 'REQUEST' | 'CANCEL' | null {
  const rule = audienceTable[kind].calendar;
  if (rule === 'none') return null;
  if (rule !== 'byAnswer') return rule;
  if (!registration) return null;
  if (registration.answer === 'no') return 'CANCEL';
  return registration.status === 'waitlisted' ? null : 'REQUEST';
}

/** Whether a person who unsubscribed still gets this kind when it is sent to them by name. */
export function reachesTheUnsubscribed(kind: NotificationKind): boolean {
  return audienceTable[kind].silencedBy.length === 0;
}
