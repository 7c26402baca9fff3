import type { Response } from 'express';

/**
 * What a console page answers: HTML (200, or a status such as 422 for a form shown again with its
 * errors) or a 303 redirect. Controllers take `@Res()` and hand the result to `reply`, which alone
 * writes the response and its security headers.
 */
export type PageResult = string | Redirect | HtmlWithStatus;

export interface Redirect {
  redirect: string;
}

export interface HtmlWithStatus {
  status: number;
  html: string;
}

/** 303 See Other: after a form's POST, the browser GETs the next page (no re-post on reload). */
export function redirect(to: string): Redirect {
  return { redirect: to };
}

/** A form shown again with its errors: 422 with the page (browsers render it like any page). */
export function invalid(html: string): HtmlWithStatus {
  return { status: 422, html };
}

/** Adds `done=key` to a path so the next page shows what just happened (a DSFR success notice). */
export function withNotice(path: string, key: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}done=${encodeURIComponent(key)}`;
}

export function reply(response: Response, result: PageResult): void {
  if (typeof result === 'string') return sendHtml(response, 200, result);
  if ('redirect' in result) return void response.set('cache-control', 'no-store').redirect(303, result.redirect);
  sendHtml(response, result.status, result.html);
}

/** Starts an HTML answer written in parts (`response.write`, then `response.end`), with the same headers as any page. */
export function startHtml(response: Response): void {
  pageHeaders(response.status(200));
  response.flushHeaders();
}

function sendHtml(response: Response, status: number, html: string): void {
  pageHeaders(response.status(status)).send(html);
}

function pageHeaders(response: Response): Response {
  return response.set({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The pages are the server's own markup and the DSFR files served beside them: nothing else runs.
    'content-security-policy':
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  });
}
