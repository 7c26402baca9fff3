/** Where to go after signing in: only a console path (never another site: no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/console(\/|$|\?)/.test(next) && !next.startsWith('//') ? next : '/console/communities';
}

/**
 * The page to remember while a sign-in link is on its way, or null when there is none worth keeping: the
 * emailed link is built by membership without it, so the browser that asked keeps it in a cookie instead.
 */
export function nextToRemember(next: unknown): string | null {
  return typeof next === 'string' && safeNext(next) === next && next !== '/console/communities' ? next : null;
}
