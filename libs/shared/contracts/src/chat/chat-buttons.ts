import { signChatAction, type ChatAction } from '@cercle/signed-links';
import { chatActionsUrl } from '../public-routes';

/**
 * Mattermost's message actions (`props.attachments[].actions[]`): a button carries the URL the chat server
 * calls when someone clicks it and a `context` it sends back untouched. Cercle signs that context, so the
 * handler (events, `POST /chat/actions`) believes only what it signed. Notifications puts the registration
 * buttons on the announcement post; events rebuilds them with fresh counts when a click edits the post.
 */
export interface ChatButton {
  /** Mattermost wants letters and digits only, unique within the post. */
  id: string;
  name: string;
  type: 'button';
  style?: 'default' | 'primary' | 'good' | 'warn' | 'danger';
  integration: { url: string; context: Record<string, unknown> };
}

export interface ChatAttachment {
  fallback: string;
  title?: string;
  text: string;
  actions: ChatButton[];
}

export interface ChatButtonSettings {
  publicUrl: string;
  linkSecret: string;
  /** Expiry of the signed contexts, seconds since the epoch. */
  exp: number;
  /** For buttons shown to one member only (an ephemeral answer): only they may click them. */
  forMemberId?: string;
}

export function chatButton(
  settings: ChatButtonSettings,
  id: string,
  name: string,
  action: ChatAction,
  style?: ChatButton['style'],
): ChatButton {
  return {
    id,
    name,
    type: 'button',
    ...(style ? { style } : {}),
    integration: {
      url: chatActionsUrl(settings.publicUrl),
      context: signChatAction(settings.linkSecret, action, settings.exp, settings.forMemberId),
    },
  };
}

export type AnswerCounts = { yes: number; maybe: number; no: number };

const REGISTRATION_WORDS = {
  fr: { yes: 'Je viens', maybe: 'Peut-être', no: 'Non', none: 'Pas encore de réponse.', answer: 'Répondez ici :' },
  en: { yes: "I'm coming", maybe: 'Maybe', no: 'No', none: 'No answers yet.', answer: 'Answer here:' },
} as const;

/** The counts line under the buttons, e.g. « Je viens : 3 · Peut-être : 1 · Non : 0 ». */
export function answerCountsText(counts: AnswerCounts | null, language: 'fr' | 'en'): string {
  const w = REGISTRATION_WORDS[language];
  if (!counts) return w.answer;
  if (counts.yes + counts.maybe + counts.no === 0) return `${w.answer} ${w.none}`;
  const colon = language === 'fr' ? '\u00a0:' : ':';
  return (['yes', 'maybe', 'no'] as const).map((a) => `${w[a]}${colon} ${counts[a]}`).join(' · ');
}

/** The announcement's attachment: three buttons (Je viens / Peut-être / Non) and the counts so far. */
export function registrationAttachment(
  settings: ChatButtonSettings,
  occurrenceId: string,
  language: 'fr' | 'en',
  counts: AnswerCounts | null,
): ChatAttachment {
  const w = REGISTRATION_WORDS[language];
  const text = answerCountsText(counts, language);
  return {
    fallback: text,
    text,
    actions: [
      chatButton(settings, 'cercleyes', w.yes, { action: 'register', occurrenceId, answer: 'yes' }, 'primary'),
      chatButton(settings, 'cerclemaybe', w.maybe, { action: 'register', occurrenceId, answer: 'maybe' }),
      chatButton(settings, 'cercleno', w.no, { action: 'register', occurrenceId, answer: 'no' }),
    ],
  };
}

/** The announcement's buttons work until a day after the occurrence ends (seconds since the epoch). */
export function announcementButtonsExpiry(endsAt: Date | string): number {
  return Math.floor(new Date(endsAt).getTime() / 1000) + 24 * 3600;
}
