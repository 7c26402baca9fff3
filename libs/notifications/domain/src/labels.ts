import type { Contribution, Language } from './render-context';

type TopicKind = 'talk' | 'demo' | 'experienceReport' | 'invitedExpert' | 'workshop';

// The seed's own words for contribution kinds (« exposé », « retour d'expérience »…).
const TOPIC_KINDS: Record<Language, Record<TopicKind, string>> = {
  fr: { talk: 'exposé', demo: 'démonstration', experienceReport: 'retour d’expérience', invitedExpert: 'invité·e expert·e', workshop: 'atelier' },
  en: { talk: 'talk', demo: 'demo', experienceReport: 'experience report', invitedExpert: 'invited expert', workshop: 'workshop' },
};

const ROLES: Record<Language, Record<Contribution['role'], string>> = {
  fr: { guide: 'guide', contributor: 'contributeur·rice', scribe: 'scribe' },
  en: { guide: 'guide', contributor: 'contributor', scribe: 'scribe' },
};

const MISSING: Record<Language, Record<Contribution['missing'][number], string>> = {
  fr: { title: 'le titre', materials: 'les supports' },
  en: { title: 'the title', materials: 'the materials' },
};

export function topicKindLabel(kind: TopicKind, language: Language): string {
  return TOPIC_KINDS[language][kind];
}

export function roleLabel(role: Contribution['role'], language: Language): string {
  return ROLES[language][role];
}

/** « le titre et les supports » / "the title and the materials". */
export function missingLabel(missing: Contribution['missing'], language: Language): string | undefined {
  if (missing.length === 0) return undefined;
  const words = missing.map((m) => MISSING[language][m]);
  const and = language === 'fr' ? ' et ' : ' and ';
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')}${and}${words[words.length - 1]}`;
}
