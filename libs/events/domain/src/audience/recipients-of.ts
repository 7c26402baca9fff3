import { audienceTable, type AudienceGroup, type NotificationKind } from '@cercle/contracts';

/** What events knows about the people of one occurrence when it is about to tell some of them something. */
export interface AudienceFacts {
  registrations: ReadonlyArray<{ memberId: string; answer: 'yes' | 'no' | 'maybe'; status: 'confirmed' | 'waitlisted' | 'declined' }>;
  guide: string | null;
  contributors: readonly string[];
  workshopHosts: readonly string[];
  /** Contributors and hosts whose title and materials are in. */
  ready: readonly string[];
  /** Scribes of a workshop without notes yet. */
  scribes: readonly string[];
  newlyNamed: readonly string[];
  removed: readonly string[];
  chosenForNextRoles: readonly string[];
  /** The person whose registration changed. */
  registrant: string | null;
  /** A member who joined after the occurrence was announced to the community. */
  newMember: string | null;
  /** The members a series names to receive its health alerts; absent for every other message. */
  alertContacts?: readonly string[];
}

export const noFacts: AudienceFacts = {
  registrations: [],
  guide: null,
  contributors: [],
  workshopHosts: [],
  ready: [],
  scribes: [],
  newlyNamed: [],
  removed: [],
  chosenForNextRoles: [],
  registrant: null,
  newMember: null,
};

/**
 * Who hears a message: the whole community and the calendar holders are named symbolically (notifications
 * resolves them from its own copies); everyone else by id. `members` is empty when nobody qualifies.
 */
/**
 * `calendarHolders` travels symbolically (notifications knows who holds the invite), with the people of
 * the kind's other groups events knows by name (registrants waiting for a place hold no entry).
 */
export type Recipients =
  | { type: 'community' }
  | { type: 'calendarHolders'; alsoMemberIds: string[] }
  | { type: 'members'; memberIds: string[] }
  // The community's organisers are console accounts: notifications knows how to reach them.
  | { type: 'organisers'; alsoMemberIds: string[] };

const unique = (ids: Array<string | null>): string[] => [...new Set(ids.filter((id): id is string => !!id))];

function membersOf(group: AudienceGroup, facts: AudienceFacts): string[] {
  const answered = (answers: string[], waitlisted: boolean) =>
    facts.registrations.filter((r) => answers.includes(r.answer) && (r.status === 'waitlisted') === waitlisted).map((r) => r.memberId);
  switch (group) {
    case 'registeredYesAndMaybe':
      return answered(['yes', 'maybe'], false);
    case 'waitingList':
      return answered(['yes', 'maybe'], true);
    case 'guide':
      return facts.guide ? [facts.guide] : [];
    case 'contributors':
      return [...facts.contributors];
    case 'workshopHosts':
      return [...facts.workshopHosts];
    case 'scribes':
      return [...facts.scribes];
    case 'newlyNamed':
      return [...facts.newlyNamed];
    case 'removed':
      return [...facts.removed];
    case 'chosenForNextRoles':
      return [...facts.chosenForNextRoles];
    case 'registrant':
      return facts.registrant ? [facts.registrant] : [];
    case 'newMember':
      return facts.newMember ? [facts.newMember] : [];
    case 'alertContacts':
      return [...(facts.alertContacts ?? [])];
    case 'everyMember':
    case 'calendarHolders':
    case 'communityOrganisers':
      return [];
  }
}

/** The table's `only` column, as code: who of the kind's groups it reaches. */
function narrowed(kind: NotificationKind, ids: string[], facts: AudienceFacts): string[] {
  const ready = new Set(facts.ready);
  switch (kind) {
    case 'prepReminder':
      return ids.filter((id) => id === facts.guide || !ready.has(id));
    case 'prepConfirmation':
      return ids.filter((id) => id !== facts.guide && ready.has(id));
    case 'contributorsIntro':
      return ids.filter((id) => !facts.newlyNamed.includes(id));
    default:
      return ids;
  }
}

/**
 * The one place events decides who receives a kind: the audience table's groups, resolved against the
 * facts, in a stable order (the table's group order, then the facts' order), each person once.
 */
export function recipientsOf(kind: NotificationKind, facts: AudienceFacts): Recipients {
  const groups: readonly AudienceGroup[] = audienceTable[kind].recipients;
  if (groups.includes('calendarHolders'))
    return { type: 'calendarHolders', alsoMemberIds: unique(groups.flatMap((group) => membersOf(group, facts))) };
  if (groups.includes('communityOrganisers'))
    return { type: 'organisers', alsoMemberIds: unique(groups.flatMap((group) => membersOf(group, facts))) };
  // The community was told already: someone who joins since gets their own, nobody else again.
  if (facts.newMember && groups.includes('newMember')) return { type: 'members', memberIds: [facts.newMember] };
  if (groups.includes('everyMember') || groups.length === 0) return { type: 'community' };
  const ids = unique(groups.flatMap((group) => membersOf(group, facts)));
  return { type: 'members', memberIds: narrowed(kind, ids, facts) };
}
