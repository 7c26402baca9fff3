import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language, TemplateOverride } from '@cercle/notifications-domain';
import { TemplateOverrideRow } from '../entities/template-override.entity';

/** The organiser's wording for this series, kind and language, if any (read at render time, so an edit applies to the next message). */
export async function findOverride(
  em: EntityManager,
  seriesId: string,
  kind: string,
  language: Language,
): Promise<TemplateOverride | null> {
  const row = await em.findOne(TemplateOverrideRow, { seriesId, kind, language });
  if (!row) return null;
  const { subject, text, html, chat } = row;
  return Object.fromEntries(Object.entries({ subject, text, html, chat }).filter(([, v]) => v !== null)) as TemplateOverride;
}
