import { escapeHtml } from './escape-html';

const TEXT = {
  fr: {
    title: 'Trop de demandes',
    body: (s: string) => `Vous avez fait beaucoup de demandes en peu de temps. Réessayez dans ${s} secondes.`,
  },
  en: { title: 'Too many requests', body: (s: string) => `You made many requests in a short time. Please try again in ${s} seconds.` },
};

/**
 * What a person following a signed link sees when the rate limit stops them: a page in their language
 * (French unless `?lang=en`), not the API's JSON. Self-contained: it must not depend on anything that
 * the limit is there to protect.
 */
export function tooManyRequestsPage(language: unknown, retryAfterSeconds: unknown): string {
  const lang = language === 'en' ? 'en' : 'fr';
  const t = TEXT[lang];
  const seconds = escapeHtml(retryAfterSeconds ?? '60');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} — Cercle</title></head>
<body style="font-family: Marianne, Arial, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
<h1>${t.title}</h1><p role="alert">${t.body(seconds)}</p></body></html>`;
}
