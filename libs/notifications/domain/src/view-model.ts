import { formatDay, formatMoment, formatWhen } from './format-when';
import { missingLabel, roleLabel, topicKindLabel } from './labels';
import type { RenderContext } from './render-context';

interface TopicLine {
  title: string;
  kindLabel: string;
  proposer?: string;
  room?: string;
  slot?: string;
}

interface ContributionLine {
  name: string;
  roleLabel: string;
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
  /** The first contribution: the recipient's own in prep reminders and confirmations. */
  mine?: ContributionLine;
  registration?: { confirmed: boolean; waitlisted: boolean; declined: boolean; maybe: boolean; position?: number; promoted: boolean };
  deadline?: string;
  links: RenderContext['links'];
  guide?: string;
  contributorsList?: string;
  nextTheme?: string;
  nextGuide?: string;
  nextContributorsList?: string;
  notes: Array<{ workshop: string; scribe?: string }>;
  extra: Record<string, string>;
}

type Clean = (userText: string) => string;

function list(names: string[] | undefined, clean: Clean): string | undefined {
  return names && names.length > 0 ? names.map(clean).join(', ') : undefined;
}

function optional(value: string | null | undefined, clean: Clean): string | undefined {
  return value ? clean(value) : undefined;
}

function topics(ctx: RenderContext, clean: Clean): { programme: TopicLine[]; proposedTopics: TopicLine[] } {
  const all = ctx.occurrence.topics ?? [];
  const line = (t: (typeof all)[number]): TopicLine => ({
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

function contributions(ctx: RenderContext, clean: Clean): ContributionLine[] {
  return (ctx.contributions ?? []).map((c) => ({
    name: clean(c.memberName),
    roleLabel: roleLabel(c.role, ctx.language),
    kindLabel: c.kind ? topicKindLabel(c.kind, ctx.language) : undefined,
    title: optional(c.title, clean),
    materialsUrl: c.materialsUrl ?? undefined,
    workshop: optional(c.workshop, clean),
    missing: missingLabel(c.missing, ctx.language),
  }));
}

/**
 * `clean` is applied to every value a person typed (titles, names, topics, notes) and to nothing
 * we write ourselves: identity for email, mention neutralising for chat.
 */
export function buildViewModel(ctx: RenderContext, clean: Clean): ViewModel {
  const { occurrence: o, language } = ctx;
  const extra = ctx.extra ?? {};
  const previousStartsAt = o.previousStartsAt ?? extra['previousStartsAt'];
  // The previous slot had the same length as the current one: a reschedule moves, it does not resize.
  const previousEndsAt =
    extra['previousEndsAt'] ??
    (previousStartsAt ? new Date(Date.parse(previousStartsAt) + Date.parse(o.endsAt) - Date.parse(o.startsAt)).toISOString() : undefined);
  const lines = contributions(ctx, clean);
  const r = ctx.registration;
  return {
    language,
    recipientName: clean(ctx.recipient.name),
    communityName: clean(ctx.community.name),
    title: clean(o.title),
    formatName: optional(o.formatName, clean),
    when: formatWhen(o.startsAt, o.endsAt, o.timeZone, language),
    day: formatDay(o.startsAt, o.timeZone, language),
    previousWhen: previousStartsAt && previousEndsAt ? formatWhen(previousStartsAt, previousEndsAt, o.timeZone, language) : undefined,
    reason: optional(o.cancellationReason ?? extra['reason'], clean),
    location: optional(o.location, clean),
    theme: optional(o.theme, clean),
    registrationCloses: o.registrationClosesAt ? formatMoment(o.registrationClosesAt, o.timeZone, language) : undefined,
    agenda: (o.agenda ?? []).map((item) => ({ ...item, title: clean(item.title) })),
    ...topics(ctx, clean),
    contributions: lines,
    attendanceRules: (o.rules?.attendanceRules ?? []).map(clean),
    principles: (o.rules?.principles ?? []).map(clean),
    incomplete: lines.filter((c) => c.missing),
    mine: lines[0],
    // Membership gives `maybe` no place (status `declined`): the answer, not the status, says what to write.
    registration: r && {
      confirmed: r.status === 'confirmed' && r.answer === 'yes',
      maybe: r.answer === 'maybe',
      waitlisted: r.status === 'waitlisted',
      declined: r.answer === 'no',
      position: r.waitlistPosition ?? undefined,
      promoted: r.promoted ?? false,
    },
    deadline: ctx.deadline ? formatMoment(ctx.deadline, o.timeZone, language) : undefined,
    links: ctx.links,
    guide: optional(ctx.roles?.guide, clean),
    contributorsList: list(ctx.roles?.contributors, clean),
    nextTheme: optional(ctx.nextRoles?.theme, clean),
    nextGuide: optional(ctx.nextRoles?.guide, clean),
    nextContributorsList: list(ctx.nextRoles?.contributors, clean),
    notes: (ctx.notes ?? []).map((n) => ({ workshop: clean(n.workshop), scribe: optional(n.scribe, clean) })),
    extra: Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, clean(v)])),
  };
}
