import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  checkTemplateOverride,
  InvalidTemplateError,
  renderChatPost,
  renderEmail,
  sampleRenderContext,
  TEMPLATES,
  type RenderContext,
} from '@cercle/notifications-domain';
import { TemplateOverrideRow } from '../entities/template-override.entity';
import { findOverride } from './find-override';
import type { PreviewBody, TemplateKey, TemplateOverrideBody } from './templates.schemas';
import { CLOCK, Clock, UseCaseError, notFound } from '@cercle/platform';

const invalid = (error: InvalidTemplateError) => new UseCaseError('template-invalid', 400, error.message);

/** Organisers' wording per series, kind and language, and previews of what people will receive. */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(key: TemplateKey) {
    const override = await findOverride(this.em.fork(), key.seriesId, key.kind, key.language);
    return { ...key, builtIn: TEMPLATES[key.kind][key.language], override };
  }

  /** Saved only if every given part compiles and renders against the sample. */
  async put(key: TemplateKey, body: TemplateOverrideBody) {
    const parts = { subject: body.subject ?? null, text: body.text ?? null, html: body.html ?? null, chat: body.chat ?? null };
    const given = Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== null && v.trim() !== '')) as Record<string, string>;
    try {
      checkTemplateOverride(key.kind, given, sampleRenderContext(key.language));
    } catch (error) {
      if (error instanceof InvalidTemplateError) throw invalid(error);
      throw error;
    }
    const em = this.em.fork();
    await em.upsert(TemplateOverrideRow, { ...key, ...parts, updatedAt: this.clock.now() });
    return this.get(key);
  }

  async remove(key: TemplateKey): Promise<void> {
    const deleted = await this.em.fork().nativeDelete(TemplateOverrideRow, key);
    if (deleted === 0) throw notFound('template-override', `${key.seriesId}/${key.kind}/${key.language}`);
  }

  /** What a message would look like, with the series' override if any, on the sample or the data given. */
  async preview(body: PreviewBody) {
    const base = sampleRenderContext(body.language);
    const ctx = { ...base, ...(body.sample ?? {}), language: body.language } as RenderContext;
    const override = body.seriesId ? await findOverride(this.em.fork(), body.seriesId, body.kind, body.language) : null;
    try {
      return {
        kind: body.kind,
        language: body.language,
        overridden: Boolean(override),
        ...renderEmail(body.kind, ctx, override),
        chat: renderChatPost(body.kind, ctx, override).message,
      };
    } catch (error) {
      throw new UseCaseError('preview-invalid', 400, error instanceof Error ? error.message.split('\n')[0] : String(error));
    }
  }
}
