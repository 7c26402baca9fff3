import type { Language } from '../render-context';

/**
 * The Handlebars sources of one message kind in one language. `html` is the body only: the
 * renderer wraps it in the shared single-column layout. `text` and `chat` are compiled without
 * HTML escaping (plain text and Mattermost Markdown); `html` is compiled with it.
 */
export interface KindTemplates {
  subject: string;
  text: string;
  html: string;
  chat: string;
}

export type LocalisedTemplates = Record<Language, KindTemplates>;
