import { formatDay, formatWhen } from './format-when';
import type { RenderContext } from './render-context';

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
  agenda: Array<{ title: string; localStart: string; localEnd: string }>;
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

/**
 * `clean` is applied to every value a person typed (titles, names, topics, notes) and to nothing
 * we write ourselves: identity for email, mention neutralising for chat.
 */
export function buildViewModel(ctx: RenderContext, clean: Clean): ViewModel {
  const { occurrence: o, language } = ctx;
  const extra = ctx.extra ?? {};
  const previousWhen =
    extra['previousStartsAt'] && extra['previousEndsAt']
      ? formatWhen(extra['previousStartsAt'], extra['previousEndsAt'], o.timeZone, language)
      : undefined;
  return {
    language,
    recipientName: clean(ctx.recipient.name),
    communityName: clean(ctx.community.name),
    title: clean(o.title),
    formatName: optional(o.formatName, clean),
    when: formatWhen(o.startsAt, o.endsAt, o.timeZone, language),
    day: formatDay(o.startsAt, o.timeZone, language),
    previousWhen,
    reason: optional(extra['reason'], clean),
    location: optional(o.location, clean),
    theme: optional(o.theme, clean),
    agenda: (o.agenda ?? []).map((item) => ({ ...item, title: clean(item.title) })),
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
