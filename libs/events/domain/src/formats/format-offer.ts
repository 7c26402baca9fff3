import { Format, LocalizedList, TopicKind, topicKindSchema } from './format';

/**
 * The topic kinds people may propose at an occurrence of this format: its own contribution kinds (an open
 * forum takes workshops; a peer group talks, demos, experience reports and invited experts). A format that
 * declares none (an organiser's own, today) takes every kind, as it always did.
 */
export function topicKindsOf(format: Pick<Format, 'contributionKinds'>): TopicKind[] {
  return format.contributionKinds.length ? format.contributionKinds.map((kind) => kind.id) : [...topicKindSchema.options];
}

/** Whoever proposes a topic of this kind runs it themselves on the day (an open forum's workshop). */
export function isHostedKind(kind: TopicKind): boolean {
  return kind === 'workshop';
}

/** The rules people read before deciding to come: the format's principles and its attendance rules. */
export interface FormatRules {
  principles: LocalizedList;
  attendanceRules: LocalizedList;
}

/** Null when the format states no rule, so pages and messages show no empty block. */
export function rulesOf(format: Pick<Format, 'principles' | 'attendanceRules'>): FormatRules | null {
  const none = { fr: [], en: [] };
  if (!format.principles?.fr.length && !format.attendanceRules?.fr.length) return null;
  return { principles: format.principles ?? none, attendanceRules: format.attendanceRules ?? none };
}
