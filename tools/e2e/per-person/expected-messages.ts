import type { AudienceGroup } from '@cercle/contracts';
import {
  type Answered,
  calendarChanges,
  type CalendarMethod,
  type Channel,
  channelsFor,
  type KindRule,
  kindsOf,
  methodFor,
  ruleOf,
  type Trigger,
} from './audience-rules';
import { CalendarModel } from './calendar-model';
import type { Preference, Role, Roles } from './cast';
import type { FeedEntry } from './member-feeds';

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
  | ({ type: 'preferences'; person: string } & Preference)
  | { type: 'step'; step: 'remindContributors' | 'escalateReadiness' | 'remindParticipants' }
  | { type: 'roles'; roles: Roles }
  | { type: 'topicOnTheDay'; person: string; topicKind: string }
  /** The organiser posts the day's programme (room × slot) to the channel. */
  | { type: 'programmePosted' }
  | { type: 'reschedule' }
  | { type: 'cancel' };

/**
 * The scenario's model: it follows the facts (roles, registrations, readiness, workshop hosts, what each
 * calendar holds) and, for each fact, resolves the audience table's rows for the kinds it triggers into
 * the messages each person should get. Nothing here is read from what Cercle sent.
 */
export class ExpectedMessages {
  private readonly lines = new Map<string, MessageLine[]>();
  private readonly registrations = new Map<string, Answered>();
  private readonly ready = new Map<string, boolean>();
  private readonly hosts = new Set<string>();
  private readonly calendar = new CalendarModel();
  private readonly preferences = new Map<string, Preference>();
  private introduced = false;

  constructor(
    private readonly people: Role[],
    private roles: Roles,
    private readonly capacity: number | null,
  ) {}

  of(recipient: string): MessageLine[] {
    return this.lines.get(recipient) ?? [];
  }

  total(): number {
    return [...this.lines.values()].reduce((n, list) => n + list.length, 0);
  }

  /**
   * What each person's own calendar feed should show of the occurrence now: the entry their invites
   * left (cancelled for them after a "no"), with the role they hold; hosts are the open forum's contributors.
   */
  feeds(): Map<string, FeedEntry | null> {
    return new Map(
      this.people.map((p) => {
        const entry = this.calendar.entry(p.name);
        const role =
          this.roles.guide === p.name ? 'guide' : this.contributors().includes(p.name) || this.hosts.has(p.name) ? 'contributor' : null;
        return [p.name, entry && { status: entry.holding ? 'CONFIRMED' : 'CANCELLED', sequence: entry.sequence, role }];
      }),
    );
  }

  /** Records a fact under a phase label and adds the messages it should cause. */
  apply(phase: string, fact: Fact): void {
    const answered = fact.type === 'answer' ? this.answerOf(fact) : null;
    const trigger = this.triggerOf(fact, answered);
    if (trigger) {
      if (calendarChanges.has(trigger)) this.calendar.changeOccurrence();
      for (const kind of kindsOf[trigger]) {
        const rule = ruleOf(kind);
        this.send(phase, rule, this.recipientsOf(kind, trigger, rule.recipients, fact), answered);
      }
    }
    this.remember(fact, answered);
  }

  /** Where an answer leaves the person: a `yes` takes a free place or waits; `no` and `maybe` hold none. */
  private answerOf(fact: Extract<Fact, { type: 'answer' }>): Answered {
    if (fact.answer !== 'yes') return { answer: fact.answer, status: 'declined' };
    const current = this.registrations.get(fact.person);
    if (current?.status === 'confirmed' || current?.status === 'waitlisted') return { answer: 'yes', status: current.status };
    const taken = [...this.registrations.values()].filter((r) => r.status === 'confirmed').length;
    return { answer: 'yes', status: this.capacity === null || taken < this.capacity ? 'confirmed' : 'waitlisted' };
  }

  private triggerOf(fact: Fact, answered: Answered | null): Trigger | null {
    switch (fact.type) {
      case 'announce':
        return 'announce';
      case 'joinRequested':
        return 'join.requested';
      case 'answer': {
        // "Changes where the person stands (place, answer, …)": a new place, a new rank, or a new answer;
        // the same answer again changes nothing.
        const before = this.registrations.get(fact.person);
        if (answered!.status === 'confirmed') return before?.status === 'confirmed' ? null : 'registration.confirmed';
        if (answered!.status === 'waitlisted') return before?.status === 'waitlisted' ? null : 'registration.waitlisted';
        const gaveUpPlace = before?.status === 'confirmed' || before?.status === 'waitlisted';
        return gaveUpPlace || before?.answer !== fact.answer ? 'registration.declined' : null;
      }
      case 'step':
        return fact.step;
      case 'roles':
        return this.sameTeam(fact.roles) ? null : 'roles.changed';
      case 'programmePosted':
        return 'programme.posted';
      case 'reschedule':
        return 'reschedule';
      case 'cancel':
        return 'cancel';
      case 'contribution':
      case 'preferences':
      case 'topicOnTheDay':
        return null;
    }
  }

  private remember(fact: Fact, answered: Answered | null): void {
    if (fact.type === 'answer') {
      this.registrations.set(fact.person, answered!);
      if (fact.topicKind === 'workshop') this.hosts.add(fact.person);
    }
    // Whoever proposes a workshop hosts it, on the day too (the reminders are over by then).
    if (fact.type === 'topicOnTheDay' && fact.topicKind === 'workshop') this.hosts.add(fact.person);
    if (fact.type === 'contribution') this.ready.set(fact.person, fact.ready);
    if (fact.type === 'preferences') this.preferences.set(fact.person, { channels: fact.channels, seriesOff: fact.seriesOff });
    if (fact.type === 'roles') {
      if (!this.sameTeam(fact.roles)) this.introduced = true;
      this.roles = fact.roles;
    }
    if (fact.type === 'step' && fact.step === 'remindContributors' && this.contributors().length) this.introduced = true;
  }

  private contributors(roles = this.roles): string[] {
    return roles.contributors.filter((c) => c !== roles.guide);
  }

  private team(roles: Roles): string[] {
    return unique([...(roles.guide ? [roles.guide] : []), ...this.contributors(roles)]);
  }

  private sameTeam(roles: Roles): boolean {
    return roles.guide === this.roles.guide && this.contributors(roles).join() === this.contributors().join();
  }

  /** The table's groups for a kind, resolved from the scenario's state, then narrowed as its `only` column says. */
  private recipientsOf(kind: KindRule['kind'], trigger: Trigger, groups: readonly AudienceGroup[], fact: Fact): string[] {
    const next = fact.type === 'roles' ? fact.roles : this.roles;
    const newlyNamed = this.team(next).filter((p) => !this.team(this.roles).includes(p));
    const group = (g: AudienceGroup): string[] => {
      switch (g) {
        case 'everyMember':
          // Guests registered for one occurrence; they are not told what goes to every member.
          return this.people.filter((p) => !p.guest).map((p) => p.name);
        case 'registrant':
          return fact.type === 'answer' || fact.type === 'joinRequested' ? [fact.person] : [];
        case 'registeredYesAndMaybe':
          return [...this.registrations].filter(([, r]) => r.answer !== 'no' && r.status !== 'waitlisted').map(([name]) => name);
        case 'waitingList':
          return [...this.registrations].filter(([, r]) => r.status === 'waitlisted').map(([name]) => name);
        case 'calendarHolders':
          return this.calendar.holders();
        case 'guide':
          return next.guide ? [next.guide] : [];
        case 'contributors':
          return this.contributors(next);
        case 'workshopHosts':
          return [...this.hosts];
        case 'newlyNamed':
          return newlyNamed;
        case 'removed':
          return this.team(this.roles).filter((p) => !this.team(next).includes(p));
        // Nobody joins late, no scribe is named and nobody is chosen for the next session in this scenario.
        case 'newMember':
        case 'scribes':
        case 'chosenForNextRoles':
        case 'alertContacts':
        case 'communityOrganisers':
          return [];
      }
    };
    const everyone = unique(groups.flatMap(group));
    const isReady = (p: string) => this.ready.get(p) === true;
    switch (kind) {
      case 'prepReminder':
        return everyone.filter((p) => p === next.guide || !isReady(p));
      case 'prepConfirmation':
        return everyone.filter((p) => p !== next.guide && isReady(p));
      case 'contributorsIntro':
        // Introduced once by the prep step; after a change, the team as it stands but the newly named.
        if (trigger === 'remindContributors') return this.introduced || !this.contributors().length ? [] : everyone;
        return everyone.filter((p) => !newlyNamed.includes(p));
      case 'readinessEscalation':
        return [...this.contributors(), ...this.hosts].some((p) => !isReady(p)) ? everyone : [];
      default:
        return everyone;
    }
  }

  private send(phase: string, rule: KindRule, recipients: string[], answered: Answered | null): void {
    const add = (recipient: string, line: Omit<MessageLine, 'phase' | 'kind'>) => {
      const list = this.lines.get(recipient) ?? [];
      list.push({ phase, kind: rule.kind, ...line });
      this.lines.set(recipient, list);
    };
    for (const name of recipients) {
      const person = this.people.find((p) => p.name === name);
      if (!person) throw new Error(`The audience names ${name}, who is not in the scenario`);
      const to = channelsFor(person, rule, this.preferences.get(person.name));
      // Calendar objects travel by email only.
      if (to.email) {
        // A move updates the entries people hold; registrants without one get the email alone.
        const holds = this.calendar.holders().includes(name);
        const method = rule.kind === 'reschedule' && !holds ? null : methodFor(rule, answered);
        const sequence = method ? this.calendar.send(name, method) : null;
        add(name, { channel: 'email', calendar: sequence === null ? null : method, sequence });
      }
      if (to.dm) add(name, { channel: 'dm', calendar: null, sequence: null });
    }
    if (rule.channels.includes('post')) add(CHANNEL, { channel: 'post', calendar: null, sequence: null });
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
