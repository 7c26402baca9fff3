import { topicKindLabels, type TopicKind } from '@cercle/contracts';
import type { Contribution, Language } from './render-context';

const ROLES: Record<Language, Record<Contribution['role'], string>> = {
  fr: { guide: 'guide', contributor: 'contributeur·rice', scribe: 'scribe' },
  en: { guide: 'guide', contributor: 'contributor', scribe: 'scribe' },
};

const MISSING: Record<Language, Record<Contribution['missing'][number], string>> = {
  fr: { title: 'le titre', materials: 'les supports' },
  en: { title: 'the title', materials: 'the materials' },
};

/** The kind's word as every page shows it, in lower case to sit inside a sentence (« …, exposé »). */
export function topicKindLabel(kind: TopicKind, language: Language): string {
  return topicKindLabels[kind][language].toLocaleLowerCase(language);
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
