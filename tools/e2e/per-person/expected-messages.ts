import { type Audience, type AudienceRow, audienceRows, calendarChanges, type CalendarMethod, type Channel, type Trigger } from './audience-rules';
import { CalendarModel } from './calendar-model';
import type { Role, Roles } from './cast';

/** The community's channel, listed beside the people: its posts are one more "recipient". */
export const CHANNEL = '#channel';

/** One message as the comparison sees it: when (the scenario's phase), what, where, and the calendar object. */
export interface MessageLine {
  phase: string;
  kind: string;
  channel: Channel;
  calendar: CalendarMethod | null;
  sequence: number | null;
}

/** What the scenario did, in order: the facts the expected messages are derived from. */
export type Fact =
  | { type: 'announce' }
  /** Someone asks for a registration link on the occurrence's public page. */
  | { type: 'joinRequested'; person: string }
  | { type: 'answer'; person: string; answer: 'yes' | 'no' | 'maybe'; topicKind: string | null }
  | { type: 'contribution'; person: string; ready: boolean }
  | { type: 'step'; step: 'remindContributors' | 'escalateReadiness' | 'remindParticipants' }
  | { type: 'roles'; roles: Roles }
  | { type: 'topicOnTheDay'; person: string; topicKind: string }
  | { type: 'reschedule' }
  | { type: 'cancel' };

type Registration = { answer: 'yes' | 'no' | 'maybe'; status: 'confirmed' | 'waitlisted' | 'declined' };

/**
 * The scenario's model: it follows the facts (roles, registrations, readiness, who holds the occurrence
 * in their calendar, the calendar's SEQUENCE) and, for each fact, resolves the audience rows it
 * triggers into the messages each person should get. Nothing here is read from what Cercle sent.
 */
export class ExpectedMessages {
  private readonly lines = new Map<string, MessageLine[]>();
  private readonly registrations = new Map<string, Registration>();
  private readonly ready = new Map<string, boolean>();
  private readonly hosts = new Set<string>();
  private readonly calendar = new CalendarModel();
  private introduced = false;

  constructor(
    private readonly people: Role[],
    private roles: Roles,
    private readonly capacity: number | null,
    private readonly rows: AudienceRow[] = audienceRows,
  ) {}

  /** Every recipient (people, then the channel) and what they should have got so far. */
  recipients(): string[] {
    return [...this.people.map((p) => p.name), CHANNEL];
  }

  of(recipient: string): MessageLine[] {
    return this.lines.get(recipient) ?? [];
  }

  total(): number {
    return [...this.lines.values()].reduce((n, list) => n + list.length, 0);
  }

  /** Records a fact under a phase label and adds the messages it should cause. */
  apply(phase: string, fact: Fact): void {
    const trigger = this.triggerOf(fact);
    if (trigger) {
      if (calendarChanges.has(trigger)) this.calendar.changeOccurrence();
      for (const row of this.rows.filter((r) => r.trigger === trigger)) this.send(phase, row, this.resolve(row.audience, fact));
    }
    this.remember(fact);
  }

  private triggerOf(fact: Fact): Trigger | null {
    switch (fact.type) {
      case 'announce':
        return 'announce';
      case 'joinRequested':
        return 'join.requested';
      case 'answer':
        if (fact.answer === 'yes') return this.placeFor(fact.person) === 'confirmed' ? 'registration.confirmed' : 'registration.waitlisted';
        return fact.answer === 'no' ? 'registration.no' : 'registration.maybe';
      case 'contribution':
        return null;
      case 'step':
        return fact.step;
      case 'roles':
        return 'roles.changed';
      case 'topicOnTheDay':
        return 'topic.onTheDay';
      case 'reschedule':
        return 'reschedule';
      case 'cancel':
        return 'cancel';
    }
  }

  /** A `yes` takes a free place, or waits; `no` and `maybe` hold no place. */
  private placeFor(person: string): Registration['status'] {
    const current = this.registrations.get(person);
    if (current?.status === 'confirmed') return 'confirmed';
    const taken = [...this.registrations.values()].filter((r) => r.status === 'confirmed').length;
    return this.capacity === null || taken < this.capacity ? 'confirmed' : 'waitlisted';
  }

  private remember(fact: Fact): void {
    if (fact.type === 'answer') {
      this.registrations.set(fact.person, { answer: fact.answer, status: fact.answer === 'yes' ? this.placeFor(fact.person) : 'declined' });
      if (fact.topicKind === 'workshop') this.hosts.add(fact.person);
    }
    if (fact.type === 'contribution') this.ready.set(fact.person, fact.ready);
    if (fact.type === 'roles') this.roles = fact.roles;
    if (fact.type === 'step' && fact.step === 'remindContributors' && this.team(this.roles).length) this.introduced = true;
  }

  private team(roles: Roles): string[] {
    return unique([...(roles.guide ? [roles.guide] : []), ...roles.contributors]);
  }

  private resolve(audiences: Audience[], fact: Fact): string[] {
    const contributors = this.roles.contributors.filter((c) => c !== this.roles.guide);
    const group = (audience: Audience): string[] => {
      switch (audience) {
        case 'everyMember':
          return this.people.filter((p) => !p.guest).map((p) => p.name);
        case 'registrant':
          return fact.type === 'answer' || fact.type === 'joinRequested' ? [fact.person] : [];
        case 'registrantHoldingInvite':
          return fact.type === 'answer' && this.calendar.holders().includes(fact.person) ? [fact.person] : [];
        case 'registeredYesMaybe':
          return [...this.registrations].filter(([, r]) => r.answer === 'maybe' || r.status === 'confirmed').map(([name]) => name);
        case 'calendarHolders':
          return this.calendar.holders();
        case 'guide':
          return this.roles.guide ? [this.roles.guide] : [];
        case 'guideIfSomethingMissing':
          return this.roles.guide && contributors.some((c) => !this.ready.get(c)) ? [this.roles.guide] : [];
        case 'contributorsReady':
          return contributors.filter((c) => this.ready.get(c));
        case 'contributorsNotReady':
          return contributors.filter((c) => !this.ready.get(c));
        case 'workshopHosts':
          return [...this.hosts];
        case 'teamNotYetIntroduced':
          return this.introduced ? [] : this.team(this.roles);
        case 'teamAfterChange':
          return fact.type === 'roles' ? this.team(fact.roles) : [];
        case 'newlyNamed':
          return fact.type === 'roles' ? this.team(fact.roles).filter((p) => !this.team(this.roles).includes(p)) : [];
        case 'removed':
          return fact.type === 'roles' ? this.team(this.roles).filter((p) => !this.team(fact.roles).includes(p)) : [];
      }
    };
    return unique(audiences.flatMap(group));
  }

  private send(phase: string, row: AudienceRow, recipients: string[]): void {
    const add = (recipient: string, line: Omit<MessageLine, 'phase' | 'kind'>) => {
      const list = this.lines.get(recipient) ?? [];
      list.push({ phase, kind: row.kind, ...line });
      this.lines.set(recipient, list);
    };
    for (const name of recipients) {
      const person = this.people.find((p) => p.name === name);
      if (!person) throw new Error(`The audience names ${name}, who is not in the scenario`);
      // Calendar objects travel by email only.
      if (row.channels.includes('email')) {
        const sequence = row.calendar ? this.calendar.send(name, row.calendar) : null;
        add(name, { channel: 'email', calendar: sequence === null ? null : row.calendar, sequence });
      }
      if (row.channels.includes('dm') && person.chat) add(name, { channel: 'dm', calendar: null, sequence: null });
    }
    if (row.channels.includes('post')) add(CHANNEL, { channel: 'post', calendar: null, sequence: null });
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
