import { z } from 'zod';
import { notificationKind } from '@cercle/contracts';
import { languageSchema, renderContextSchema } from '@cercle/notifications-domain';

const part = z.string().max(20_000).nullable().optional();

export const templateOverrideBody = z
  .object({ subject: part, text: part, html: part, chat: part })
  .refine((b) => Object.values(b).some((v) => typeof v === 'string' && v.trim() !== ''), 'give at least one of subject, text, html, chat');
export type TemplateOverrideBody = z.infer<typeof templateOverrideBody>;

export const templateKey = z.object({ seriesId: z.string().uuid(), kind: notificationKind, language: languageSchema });
export type TemplateKey = z.infer<typeof templateKey>;

export const previewBody = z.object({
  kind: notificationKind,
  language: languageSchema.default('fr'),
  seriesId: z.string().uuid().optional(),
  /** Replaces parts of the built-in sample (occurrence, contributions, registration…). */
  sample: renderContextSchema.partial().optional(),
});
export type PreviewBody = z.infer<typeof previewBody>;

export const previewQuery = z.object({
  kind: notificationKind,
  language: languageSchema.default('fr'),
  seriesId: z.string().uuid().optional(),
});
