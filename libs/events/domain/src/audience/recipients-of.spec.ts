import type { NotificationKind } from '@cercle/contracts';
import { noFacts, recipientsOf, type AudienceFacts } from './recipients-of';

// One occurrence's people, each in one situation, so every row's expected list names people, not ids.
const people = [
  'Yvon',
  'Maëlle',
  'Noé',
  'Wanda',
  'Gaspard',
  'Carla',
  'Cyril',
  'Hugo',
  'Sacha',
  'Nina',
  'Nadia',
  'Rémi',
  'Chloé',
  'Régis',
  'Joël',
] as const;
type Person = (typeof people)[number];
const id = Object.fromEntries(people.map((name, i) => [name, `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`])) as Record<
  Person,
  string
>;
const nameOf = new Map(people.map((name) => [id[name], name]));

/**
 * Yvon said yes, Maëlle maybe, Noé no, Wanda waits for a place; Gaspard guides; Carla (ready) and Cyril
 * (missing materials) contribute; Hugo hosts a workshop (ready); Sacha owes notes; Nina is a member who
 * did nothing; Nadia was just named contributor, Rémi just lost that role; Chloé is chosen for the next
 * session; Régis just answered; Joël just joined the community.
 */
const facts: AudienceFacts = {
  registrations: [
    { memberId: id.Yvon, answer: 'yes', status: 'confirmed' },
    { memberId: id.Maëlle, answer: 'maybe', status: 'declined' },
    { memberId: id.Noé, answer: 'no', status: 'declined' },
    { memberId: id.Wanda, answer: 'yes', status: 'waitlisted' },
  ],
  guide: id.Gaspard,
  contributors: [id.Carla, id.Cyril, id.Nadia],
  workshopHosts: [id.Hugo],
  ready: [id.Carla, id.Hugo],
  scribes: [id.Sacha],
  newlyNamed: [id.Nadia],
  removed: [id.Rémi],
  chosenForNextRoles: [id.Chloé],
  registrant: id.Régis,
  newMember: null,
};

// Calendar holders travel as a group notifications resolves, with the registrants events names beside them.
type Expected = 'community' | { calendarHoldersAnd: Person[] } | { organisersAnd: Person[] } | Person[];

// A Record over every kind: a new kind without its expected audience here does not compile.
const expected: Record<NotificationKind, Expected> = {
  announcement: 'community',
  registrationConfirmation: ['Régis'],
  waitingList: ['Régis'],
  prepReminder: ['Gaspard', 'Cyril', 'Nadia'],
  prepConfirmation: ['Carla', 'Hugo'],
  readinessEscalation: ['Gaspard'],
  contributorsIntro: ['Gaspard', 'Carla', 'Cyril'],
  roleAssigned: ['Nadia'],
  roleRemoved: ['Rémi'],
  participantReminder: ['Yvon', 'Maëlle'],
  agenda: 'community',
  nextRoles: ['Chloé'],
  notesReminder: ['Sacha'],
  notesArchive: 'community',
  reschedule: { calendarHoldersAnd: ['Yvon', 'Maëlle', 'Wanda'] },
  cancellation: { calendarHoldersAnd: ['Yvon', 'Maëlle', 'Wanda'] },
  programme: 'community',
  healthAlert: { organisersAnd: ['Gaspard'] },
  healthAlertCleared: { organisersAnd: ['Gaspard'] },
};

function named(kind: NotificationKind, f: AudienceFacts): Expected {
  const r = recipientsOf(kind, f);
  if (r.type === 'members') return r.memberIds.map((memberId) => nameOf.get(memberId)!);
  if (r.type === 'organisers') return { organisersAnd: r.alsoMemberIds.map((memberId) => nameOf.get(memberId)!) };
  return r.type === 'calendarHolders' ? { calendarHoldersAnd: r.alsoMemberIds.map((memberId) => nameOf.get(memberId)!) } : r.type;
}

describe('recipientsOf, person by person', () => {
  it.each(Object.entries(expected) as Array<[NotificationKind, Expected]>)('%s reaches exactly %j', (kind, who) => {
    expect(named(kind, facts)).toEqual(who);
  });

  it('announces to a member who joins after the announcement, and to nobody else again', () => {
    expect(named('announcement', { ...facts, newMember: id.Joël })).toEqual(['Joël']);
  });

  it('never names the same person twice, even when they sit in two groups', () => {
    const twice = { ...facts, workshopHosts: [id.Cyril, id.Hugo] };
    expect(named('prepReminder', twice)).toEqual(['Gaspard', 'Cyril', 'Nadia']);
  });

  it('gives a guide the readiness overview and never a confirmation of a contribution they do not have', () => {
    const readyGuide = { ...facts, ready: [...facts.ready, id.Gaspard] };
    expect(named('prepReminder', readyGuide)).toContain('Gaspard');
    expect(named('prepConfirmation', readyGuide)).not.toContain('Gaspard');
  });

  it('reaches nobody when the group is empty (the caller then sends nothing)', () => {
    expect(recipientsOf('roleRemoved', { ...facts, removed: [] })).toEqual({ type: 'members', memberIds: [] });
    expect(recipientsOf('participantReminder', { ...facts, registrations: [] })).toEqual({ type: 'members', memberIds: [] });
  });

  it('sends health alerts to the organisers, the guide and the series alert contacts, each once', () => {
    expect(recipientsOf('healthAlert', { ...noFacts, guide: 'g', alertContacts: ['o', 'g'] })).toEqual({
      type: 'organisers',
      alsoMemberIds: ['g', 'o'],
    });
    expect(recipientsOf('healthAlertCleared', { ...noFacts, alertContacts: ['o'] })).toEqual({ type: 'organisers', alsoMemberIds: ['o'] });
    // Without a guide nor alert contacts, the organisers still hear of a session without a guide.
    expect(recipientsOf('healthAlert', noFacts)).toEqual({ type: 'organisers', alsoMemberIds: [] });
  });

  it('leaves the waiting list and the people who said no out of the participant reminder', () => {
    const who = named('participantReminder', facts) as Person[];
    expect(who).not.toContain('Wanda');
    expect(who).not.toContain('Noé');
    expect(who).not.toContain('Nina');
  });
});
