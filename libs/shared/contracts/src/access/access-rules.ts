/**
 * The kinds of access an HTTP route can require. The access table (access-table.ts) gives every route
 * of the three services one of these; the platform's AccessGuard applies it and refuses to start a
 * service that serves a route the table does not list.
 */

/** What an organiser route acts on; each service maps an id of this kind to its community. */
export type ResourceKind = 'community' | 'series' | 'occurrence' | 'topic' | 'member' | 'delivery' | 'notification';

/** Where the id of the resource is read from in the request. */
export interface Locator {
  from: 'param' | 'query' | 'body';
  key: string;
  /** When absent from the request, the route acts on nothing of a community (e.g. a built-in preview). */
  optional?: boolean;
}

export type AccessRule =
  /**
   * Liveness and readiness probes; and public pages (`throttled`: counted per client address like
   * signed-link pages, since anyone may call them).
   */
  | { kind: 'open'; throttled?: boolean }
  /** Pages behind a signed member link: the link's HMAC signature and expiry are the check. */
  | { kind: 'signed-link' }
  /**
   * Calls from the chat server (a slash command, a button click): the handler checks the slash command's
   * token or the button's signed context, and answers 401 recording nothing otherwise. Not throttled per
   * address: every member's call comes from the chat server's one address.
   */
  | { kind: 'chat' }
  /** Only the installation's ADMIN_TOKEN; it can create organisers and nothing else. */
  | { kind: 'admin' }
  /**
   * Only the console, by the CONSOLE_SECRET it shares with membership: what it asks for (a session for
   * an email it verified through OpenID Connect) no browser may ask for itself.
   */
  | { kind: 'console' }
  /**
   * Any organiser's token; what the route reads or writes belongs to the caller (their own tokens,
   * formats, the communities they organise): the use case scopes it. `optional`: the route also answers
   * without a token, with less (built-in formats only).
   */
  | { kind: 'organiser'; optional?: boolean }
  /**
   * An organiser of the community the resource belongs to; anyone else gets 404, as for a resource that
   * does not exist. `owner`: only the community's owners (a co-organiser gets 403).
   */
  | { kind: 'community'; resource: ResourceKind; locator: Locator; owner?: boolean };

export const open: AccessRule = { kind: 'open' };
/** A page anyone may open (an occurrence's public registration page), rate-limited per client address. */
export const publicPage: AccessRule = { kind: 'open', throttled: true };
export const signedLink: AccessRule = { kind: 'signed-link' };
export const chatIntegration: AccessRule = { kind: 'chat' };
export const admin: AccessRule = { kind: 'admin' };
export const consoleOnly: AccessRule = { kind: 'console' };
export const anyOrganiser: AccessRule = { kind: 'organiser' };
export const organiserOrPublic: AccessRule = { kind: 'organiser', optional: true };

export const param = (key: string): Locator => ({ from: 'param', key });
export const query = (key: string, optional = false): Locator => ({ from: 'query', key, optional });
export const body = (key: string, optional = false): Locator => ({ from: 'body', key, optional });

export function organiserOf(resource: ResourceKind, locator: Locator): AccessRule {
  return { kind: 'community', resource, locator };
}

export function ownerOf(resource: ResourceKind, locator: Locator): AccessRule {
  return { kind: 'community', resource, locator, owner: true };
}

/** `GET /occurrences/:occurrenceId`: the method and the route pattern as NestJS declares it. */
export type RouteKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

export function routeKey(method: string, path: string): RouteKey {
  const clean = `/${path}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return `${method.toUpperCase()} ${clean}` as RouteKey;
}
