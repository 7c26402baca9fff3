import type { DemoFormat } from '../../demo/src/format-plays';

/** Set on someone's preferences page: where personal messages reach them, and leaving the series. */
export interface Preference {
  channels: 'both' | 'email' | 'mattermost';
  seriesOff: boolean;
}

/** One person of the scenario: who they are, and what they do in it. */
export interface Role {
  name: string;
  /** Mattermost username, or null for someone without a Mattermost account (email only). */
  chat: string | null;
  language: 'fr' | 'en';
  /** What they answer from the announcement's link, in this order (the capacity makes the third `yes` wait). */
  answer?: 'yes' | 'no' | 'maybe';
  /** Proposes a topic when registering (a workshop in the open forum: they become its host). */
  proposes?: boolean;
  /** Not a member: registers from the channel's public page and becomes a guest of the community. */
  guest?: boolean;
  /** Set on their preferences page after the announcement. */
  preferences?: Preference;
}

/**
 * Nine members: a guide (peer group only: the open forum has no guide), two contributors (one ready,
 * one not), five who answer the announcement (yes, yes with a topic, a waitlisted yes, maybe, no), and
 * one who answers nothing and is named contributor later. Some have no Mattermost account, so direct
 * messages and emails are told apart per person. Camille is the guide in the peer group and a member who
 * does nothing in the open forum.
 */
export const people: Role[] = [
  { name: 'Camille', chat: 'camille', language: 'fr' },
  // Wants everything by email: her direct messages move to email.
  { name: 'Dominique', chat: 'dominique', language: 'en', preferences: { channels: 'email', seriesOff: false } },
  { name: 'Sacha', chat: 'sacha', language: 'fr' },
  { name: 'Noa', chat: 'noa', language: 'fr', answer: 'yes', proposes: true },
  { name: 'Maëlle', chat: null, language: 'fr', answer: 'yes' },
  { name: 'Alix', chat: null, language: 'fr', answer: 'yes' },
  // Leaves the series after answering: only what concerns his calendar still reaches him.
  { name: 'Yanis', chat: 'yanis', language: 'fr', answer: 'maybe', preferences: { channels: 'both', seriesOff: true } },
  { name: 'Inès', chat: null, language: 'fr', answer: 'no' },
  { name: 'Hugo', chat: 'hugo', language: 'fr' },
];

/** Two places: Noa and Maëlle take them, Alix goes on the waiting list. */
export const CAPACITY = 2;

/** Who holds which role, by name, before and after the organiser changes the roles. */
export interface Roles {
  guide: string | null;
  contributors: string[];
}

export interface FormatScenario {
  format: DemoFormat;
  title: string;
  rrule: string;
  startTime: string;
  durationMinutes: number;
  /** Roles given when the series is created (they hold at the first occurrence). */
  roles: Roles;
  /** The roles after the change: Sacha is removed, Hugo newly named. */
  changedRoles: Roles;
  /** The kind of the topics proposed at registration and on the day. */
  topicKind: 'workshop' | 'demo' | 'experienceReport';
  /** Someone from outside who registers from the channel (the open forum is open to the wider network). */
  guest: Role | null;
}

export const scenarios: Record<DemoFormat, FormatScenario> = {
  'peer-group': {
    format: 'peer-group',
    title: 'Groupe de partage entre pairs',
    rrule: 'FREQ=MONTHLY;BYDAY=1TU',
    startTime: '12:30',
    durationMinutes: 90,
    roles: { guide: 'Camille', contributors: ['Dominique', 'Sacha'] },
    changedRoles: { guide: 'Camille', contributors: ['Dominique', 'Hugo'] },
    topicKind: 'demo',
    guest: null,
  },
  'open-forum': {
    format: 'open-forum',
    title: 'Rencontres ALLiaNCE',
    rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH',
    startTime: '10:00',
    durationMinutes: 480,
    roles: { guide: null, contributors: ['Dominique', 'Sacha'] },
    changedRoles: { guide: null, contributors: ['Dominique', 'Hugo'] },
    topicKind: 'workshop',
    // Registers after the places are taken: a guest on the waiting list, who holds no calendar entry.
    guest: { name: 'Zoé', chat: null, language: 'fr', answer: 'yes', guest: true },
  },
};

/** Everyone of a format's scenario: the members, and its guest if it has one. */
export const castOf = (scenario: FormatScenario): Role[] => [...people, ...(scenario.guest ? [scenario.guest] : [])];

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
export const emailOf = (name: string) => `${slug(name)}@exemple.fr`;
