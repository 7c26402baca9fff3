import type { Request, Response } from 'express';

/** The console's cookies, all on the /console path. */
export const COOKIE = {
  /** The signed-in session (random id, hashed in the table). */
  session: 'cercle_console_session',
  /** A random id per browser, signed-in or not: what each form's CSRF token is bound to. */
  browser: 'cercle_console_browser',
  /** The chosen language, when someone used the switch. */
  lang: 'cercle_console_lang',
  /** An OpenID Connect sign-in under way (sealed state, nonce and PKCE verifier), for 10 minutes. */
  oidc: 'cercle_console_oidc',
  /** The console page asked for before a sign-in link was requested, for the link's 15 minutes. */
  next: 'cercle_console_next',
} as const;

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * httpOnly (no script reads it), SameSite=Lax (a cross-site POST carries none: a second line of defence
 * behind the CSRF token), Secure when the public URL is https.
 */
export function setCookie(response: Response, name: string, value: string, options: { secure: boolean; maxAgeSeconds?: number }): void {
  response.cookie(name, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/console',
    ...(options.maxAgeSeconds !== undefined ? { maxAge: options.maxAgeSeconds * 1000 } : {}),
  });
}

export function clearCookie(response: Response, name: string, secure: boolean): void {
  response.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path: '/console' });
}
