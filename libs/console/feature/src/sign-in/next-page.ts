/** Where to go after signing in: only a console path (never another site: no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/console(\/|$|\?)/.test(next) && !next.startsWith('//') ? next : '/console/communities';
}
