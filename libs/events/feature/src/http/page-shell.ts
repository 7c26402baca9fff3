import { escapeHtml } from '@cercle/platform';

export type PageLanguage = 'fr' | 'en';

/** A page's language: the one asked for (`?lang=`), else the community's, else French. */
export function pageLanguageOf(requested: unknown, fallback: PageLanguage = 'fr'): PageLanguage {
  return requested === 'en' || requested === 'fr' ? requested : fallback;
}

/**
 * The frame of a member page reached by a signed link: readable on a phone, forms usable without
 * JavaScript, visible focus for keyboard users.
 */
export function signedPage(lang: PageLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Cercle</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;line-height:1.5;color:#161616}
form{border:1px solid #ccc;border-radius:.5rem;margin:1rem 0;padding:1rem}label{display:block;font-weight:600;margin:.75rem 0 .1rem}
input,select{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}.hint{color:#555;font-size:.9rem;margin:.1rem 0}
button{font:inherit;padding:.6rem 1.2rem;background:#000091;color:#fff;border:0;border-radius:.25rem;margin-top:1rem}
button:focus,input:focus,select:focus{outline:3px solid #0a76f6;outline-offset:2px}
.error{color:#b00020}.ok{background:#e8f5e9;padding:.75rem;border-radius:.25rem}</style></head><body><main>${body}</main></body></html>`;
}

/** An HTML form sends empty fields as ''; on these pages an empty field clears the value. */
export function blanksAsNull(body: unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>).map(([key, value]) => [key, value === '' ? null : value]),
  );
}
