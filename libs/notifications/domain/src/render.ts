import Handlebars from 'handlebars';
import { headerSafe } from './header-safe';
import type { MessageKind } from './message-kind';
import { type Language, type Note, type RenderContext, languageSchema, noteSchema, renderContextSchema } from './render-context';
import { type KindTemplates, TEMPLATES } from './templates';
import { BUTTON_STYLE, LAYOUT_HTML, PARTIALS } from './templates/partials';
import { buildViewModel, withReader } from './view-model';
import { elide, neutraliseMentions } from '@cercle/words';
import { plainTextBlocks } from './words/plain-text';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface RenderedChatPost {
  message: string;
}

type Template = Handlebars.TemplateDelegate;

// One isolated Handlebars environment per language, so partials of the same name can differ and
// nothing leaks into the global Handlebars instance other code might use.
function createEnvironment(language: Language): typeof Handlebars {
  const env = Handlebars.create();
  for (const [name, source] of Object.entries(PARTIALS[language])) env.registerPartial(name, source);
  // `{{de communityName}}` → « de Cercle » / « d’Entrepreneurs… »: elision decided by the value, not the template.
  if (language === 'fr') env.registerHelper('de', (value: unknown) => (typeof value === 'string' && value ? elide('de', value) : 'de'));
  env.registerHelper('button', (url: string, label: string) => {
    const e = env.Utils.escapeExpression;
    return new env.SafeString(`<a href="${e(url)}" style="${BUTTON_STYLE}">${e(label)}</a>`);
  });
  return env;
}

const environments: Record<Language, typeof Handlebars> = { fr: createEnvironment('fr'), en: createEnvironment('en') };
const compiled = new Map<string, Template>();

// Templates are compiled on first use and kept: compiling is the costly part of rendering. The key
// holds the source itself, so an organiser's override is compiled once per version of its text.
function template(language: Language, key: string, source: string, escape: boolean): Template {
  const cacheKey = `${language}:${escape}:${key}:${source}`;
  let tpl = compiled.get(cacheKey);
  if (!tpl) {
    tpl = environments[language].compile(source, { noEscape: !escape });
    compiled.set(cacheKey, tpl);
  }
  return tpl;
}

const identity = (text: string) => text;

/** An organiser's version of some parts of a kind's templates (per series and language); the rest stays ours. */
export type TemplateOverride = Partial<KindTemplates>;

function sourcesOf(kind: MessageKind, language: Language, override?: TemplateOverride | null): KindTemplates {
  return { ...TEMPLATES[kind][language], ...stripEmpty(override) };
}

function stripEmpty(override?: TemplateOverride | null): TemplateOverride {
  return Object.fromEntries(Object.entries(override ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
}

/** Subject, plain text and phone-friendly HTML of one message. Throws if `ctx` is invalid. */
export function renderEmail(kind: MessageKind, context: RenderContext, override?: TemplateOverride | null): RenderedEmail {
  return emailRenderer(kind, context, override)();
}

/**
 * One message for many readers: the context is checked and the view built once (dates, time zones, lists),
 * and each reader's email only fills in what is theirs, their name and their links. Only for contexts
 * where nothing else depends on the reader (no `mine` among contributions). Throws if `context` is invalid.
 */
export function emailRenderer(
  kind: MessageKind,
  context: RenderContext,
  override?: TemplateOverride | null,
): (reader?: { name: string; links: RenderContext['links'] }) => RenderedEmail {
  const ctx = renderContextSchema.parse(context);
  const sources = sourcesOf(kind, ctx.language, override);
  const shared = buildViewModel(ctx, identity);
  const subjectOf = template(ctx.language, `${kind}.subject`, sources.subject, false);
  const textOf = template(ctx.language, `${kind}.text`, sources.text, false);
  const bodyOf = template(ctx.language, `${kind}.html`, sources.html, true);
  const layout = template(ctx.language, 'layout', LAYOUT_HTML, true);
  // Without a reader, the context's own (the one it was checked with).
  return (reader) => {
    const view = reader ? withReader(shared, reader.name, reader.links, identity) : shared;
    const subject = headerSafe(subjectOf(view));
    const body = bodyOf(view);
    return { subject, text: plainTextBlocks(textOf(view)), html: layout({ ...view, subject, body }) };
  };
}

/** Mattermost Markdown for a channel or direct message; user-written values cannot mention anyone. */
export function renderChatPost(kind: MessageKind, context: RenderContext, override?: TemplateOverride | null): RenderedChatPost {
  const ctx = renderContextSchema.parse(context);
  const source = sourcesOf(kind, ctx.language, override).chat;
  const view = buildViewModel(ctx, neutraliseMentions);
  return { message: plainTextBlocks(template(ctx.language, `${kind}.chat`, source, false)(view)) };
}

// Mattermost rejects posts above 16383 characters; the reply carries an excerpt and the full notes
// travel in the attached file.
export const MAX_NOTES_REPLY_LENGTH = 15000;

const NOTES_REPLY: Record<Language, { scribe: string; truncated: string }> = {
  fr: { scribe: 'Notes prises par', truncated: '(suite dans le fichier joint au message principal)' },
  en: { scribe: 'Notes taken by', truncated: '(continued in the file attached to the root post)' },
};

/** One reply in the notes thread: a workshop's notes, neutralised, cut to fit a post. */
export function renderNotesReply(note: Note, language: Language): RenderedChatPost {
  const { workshop, scribe, markdown } = noteSchema.parse(note);
  const words = NOTES_REPLY[languageSchema.parse(language)];
  let body = neutraliseMentions(markdown.trim());
  if (body.length > MAX_NOTES_REPLY_LENGTH) body = `${body.slice(0, MAX_NOTES_REPLY_LENGTH)}…\n\n_${words.truncated}_`;
  const byline = scribe ? `_${words.scribe} ${neutraliseMentions(scribe)}_\n\n` : '';
  return { message: `##### ${neutraliseMentions(workshop)}\n${byline}${body}` };
}
