import { countOf, formatDay, formatMoment, formatNote, formatWhen, frenchApostrophes, listOf } from '@cercle/words';
import { alertWords, type AlertWords } from './alert-words';
import { missingLabel, roleLabel, topicKindLabel } from './labels';
import type { RenderContext } from './render-context';

interface TopicLine {
  title: string;
  kindLabel: string;
  proposer?: string;
  room?: string;
  slot?: string;
  /** Who takes the workshop's notes, once someone is named or volunteered. */
  scribe?: string;
}

interface ContributionLine {
  name: string;
  /** « guide », or « guide et contributeur·rice » for one person holding both (one line per person). */
  roleLabel: string;
  isGuide: boolean;
  /** Holds a part with something to hand in (a contribution, a workshop's notes), not only the guide's. */
  presents: boolean;
  mine: boolean;
  kindLabel?: string;
  title?: string;
  materialsUrl?: string;
  workshop?: string;
  /** « le titre et les supports »; absent when ready. */
  missing?: string;
}

/** What templates see: the context flattened, dates formatted, lists joined. */
export interface ViewModel {
  language: RenderContext['language'];
  recipientName: string;
  communityName: string;
  title: string;
  formatName?: string;
  /** What the format's name adds to the title, said once and free of parentheses (« forum ouvert »). */
  formatNote?: string;
  cancelled: boolean;
  /** Only members may register: a channel post sends them to their email's personal link, not to /join. */
  membersOnly: boolean;
  when: string;
  day: string;
  previousWhen?: string;
  reason?: string;
  location?: string;
  theme?: string;
  registrationCloses?: string;
  agenda: Array<{ title: string; localStart: string; localEnd: string }>;
  /** Selected topics in slot order (the open forum's programme). */
  programme: TopicLine[];
  /** Topics proposed and not (yet) selected. */
  proposedTopics: TopicLine[];
  contributions: ContributionLine[];
  /** The format's attendance rules and principles (empty when it states none). */
  attendanceRules: string[];
  principles: string[];
  /** The contributions that still lack something (readiness escalation). */
  incomplete: ContributionLine[];
  /** « 1 contribution incomplète » / "2 contributions are incomplete". */
  incompleteSummary: string;
  /** The recipient's own contribution, absent when they have none (a guide reading everyone's readiness). */
  mine?: ContributionLine;
  /** The recipient's own role or roles (« guide », « guide et contributeur·rice »), whatever they hand in. */
  myRole?: string;
  /** Everyone else's contributions, people holding a role (not the guide's own line). */
  others: ContributionLine[];
  /** Whether the guide appears in `contributions`, so a template does not name them a second time. */
  guideListed: boolean;
  registration?: { confirmed: boolean; waitlisted: boolean; declined: boolean; maybe: boolean; position?: number; promoted: boolean };
  deadline?: string;
  links: RenderContext['links'];
  guide?: string;
  contributorsList?: string;
  nextTheme?: string;
  nextGuide?: string;
  nextContributorsList?: string;
  /** When the next session starts, in this occurrence's zone. */
  nextWhen?: string;
  notes: Array<{ workshop: string; scribe?: string }>;
  /** « 2 ateliers » / "2 workshops". */
  workshopCount: string;
  extra: Record<string, string>;
  /** A health alert: its name, what was found, what to do, when it was raised. */
  alert?: AlertWords;
}

type Clean = (userText: string) => string;

function list(names: string[] | undefined, clean: Clean, language: RenderContext['language']): string | undefined {
  return names && names.length > 0 ? listOf([...new Set(names)].map(clean), language) : undefined;
}

function optional(value: string | null | undefined, clean: Clean): string | undefined {
  return value ? clean(value) : undefined;
}

function topics(ctx: RenderContext, clean: Clean): { programme: TopicLine[]; proposedTopics: TopicLine[] } {
  const all = ctx.occurrence.topics ?? [];
  const scribes = new Map((ctx.roles?.scribes ?? []).map((s) => [s.workshop, s.name]));
  const line = (t: (typeof all)[number]): TopicLine => ({
    scribe: optional(scribes.get(t.title), clean),
    title: clean(t.title),
    kindLabel: topicKindLabel(t.kind, ctx.language),
    proposer: optional(t.proposer, clean),
    room: optional(t.room, clean),
    slot: t.localStart && t.localEnd ? `${t.localStart}–${t.localEnd}` : undefined,
  });
  const programme = all
    .filter((t) => t.selected)
    .sort((a, b) => (a.localStart ?? '99').localeCompare(b.localStart ?? '99'))
    .map(line);
  return { programme, proposedTopics: all.filter((t) => !t.selected).map(line) };
}

type RawContribution = NonNullable<RenderContext['contributions']>[number];

// One line per person: someone holding two parts (guide and contributor) is named once, with both roles.
function byPerson(all: RawContribution[]): RawContribution[][] {
  const groups = new Map<string, RawContribution[]>();
  for (const c of all) {
    const key = c.memberId ?? `name:${c.memberName}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()];
}

function contributions(ctx: RenderContext, clean: Clean): ContributionLine[] {
  const { language } = ctx;
  return byPerson(ctx.contributions ?? []).map((parts) => {
    // The part with something to hand in (a contributor's, a scribe's) carries the title and what is missing.
    const c = parts.find((p) => p.role !== 'guide') ?? parts[0];
    return {
      name: clean(c.memberName),
      roleLabel: listOf([...new Set(parts.map((p) => roleLabel(p.role, language)))], language),
      isGuide: parts.some((p) => p.role === 'guide'),
      presents: c.role !== 'guide',
      mine: parts.some((p) => p.mine === true),
      kindLabel: c.kind ? topicKindLabel(c.kind, language) : undefined,
      title: optional(c.title, clean),
      materialsUrl: c.materialsUrl ?? undefined,
      workshop: optional(c.workshop, clean),
      missing: missingLabel(c.missing, language),
    };
  });
}

const INCOMPLETE = {
  fr: (n: number) => countOf(n, 'contribution incomplète', 'contributions incomplètes', 'fr'),
  en: (n: number) => `${countOf(n, 'contribution', 'contributions', 'en')} ${n === 1 ? 'is' : 'are'} incomplete`,
};
const WORKSHOPS = {
  fr: (n: number) => countOf(n, 'atelier', 'ateliers', 'fr'),
  en: (n: number) => countOf(n, 'workshop', 'workshops', 'en'),
};

/**
 * `clean` is applied to every value a person typed (titles, names, topics, notes, the format's texts) and
 * to nothing we write ourselves: identity for email, mention neutralising for chat. In French those values
 * take the typographic apostrophe our own words use, so a message never mixes ' and ’.
 */
export function buildViewModel(ctx: RenderContext, cleanAsTyped: Clean): ViewModel {
  const { occurrence: o, language } = ctx;
  const clean: Clean = language === 'fr' ? (text) => cleanAsTyped(frenchApostrophes(text)) : cleanAsTyped;
  const extra = ctx.extra ?? {};
  const previousStartsAt = o.previousStartsAt ?? extra['previousStartsAt'];
  // A reschedule may change the length too, and the occurrence carries only the previous start: without
  // the previous end we show the previous start alone rather than invent an end from the new length.
  const previousEndsAt = extra['previousEndsAt'];
  const lines = contributions(ctx, clean);
  const incomplete = lines.filter((c) => c.missing);
  const r = ctx.registration;
  const cancelled = o.cancelled ?? false;
  const notes = (ctx.notes ?? []).map((n) => ({ workshop: clean(n.workshop), scribe: optional(n.scribe, clean) }));
  return {
    language,
    recipientName: clean(ctx.recipient.name),
    communityName: clean(ctx.community.name),
    title: clean(o.title),
    formatName: optional(o.formatName, clean),
    formatNote: o.formatName ? formatNote(clean(o.title), clean(o.formatName)) : undefined,
    cancelled,
    membersOnly: o.openToGuests !== true,
    when: formatWhen(o.startsAt, o.endsAt, o.timeZone, language),
    day: formatDay(o.startsAt, o.timeZone, language),
    previousWhen: previousStartsAt
      ? previousEndsAt
        ? formatWhen(previousStartsAt, previousEndsAt, o.timeZone, language)
        : formatMoment(previousStartsAt, o.timeZone, language)
      : undefined,
    reason: optional(o.cancellationReason ?? extra['reason'], clean),
    location: optional(o.location, clean),
    theme: optional(o.theme, clean),
    registrationCloses: o.registrationClosesAt ? formatMoment(o.registrationClosesAt, o.timeZone, language) : undefined,
    agenda: (o.agenda ?? []).map((item) => ({ ...item, title: clean(item.title) })),
    ...topics(ctx, clean),
    contributions: lines,
    incomplete,
    incompleteSummary: INCOMPLETE[language](incomplete.length),
    mine: lines.find((c) => c.mine && c.presents),
    myRole: lines.find((c) => c.mine)?.roleLabel,
    others: lines.filter((c) => !c.mine),
    guideListed: lines.some((c) => c.isGuide),
    attendanceRules: (o.rules?.attendanceRules ?? []).map(clean),
    principles: (o.rules?.principles ?? []).map(clean),
    // Membership gives `maybe` no place (status `declined`): the answer, not the status, says what to write.
    // Nobody's place is confirmed at an occurrence that no longer takes place.
    registration: r && {
      confirmed: !cancelled && r.status === 'confirmed' && r.answer === 'yes',
      maybe: r.answer === 'maybe',
      waitlisted: r.status === 'waitlisted',
      declined: r.answer === 'no',
      position: r.waitlistPosition ?? undefined,
      promoted: !cancelled && (r.promoted ?? false),
    },
    deadline: ctx.deadline ? formatMoment(ctx.deadline, o.timeZone, language) : undefined,
    links: ctx.links,
    guide: optional(ctx.roles?.guide, clean),
    contributorsList: list(ctx.roles?.contributors, clean, language),
    nextTheme: optional(ctx.nextRoles?.theme, clean),
    nextGuide: optional(ctx.nextRoles?.guide, clean),
    nextContributorsList: list(ctx.nextRoles?.contributors, clean, language),
    nextWhen: ctx.nextRoles?.startsAt ? formatMoment(ctx.nextRoles.startsAt, o.timeZone, language) : undefined,
    notes,
    workshopCount: WORKSHOPS[language](notes.length),
    extra: Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, clean(v)])),
    alert: ctx.alert ? alertWords(ctx.alert, o.timeZone, language, clean) : undefined,
  };
}

/** A view built for one reader, given to another: their name (cleaned as typed) and their own links. */
export function withReader(view: ViewModel, name: string, links: RenderContext['links'], cleanAsTyped: Clean): ViewModel {
  const clean = view.language === 'fr' ? (text: string) => cleanAsTyped(frenchApostrophes(text)) : cleanAsTyped;
  return { ...view, recipientName: clean(name), links };
}
