import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions, ThrottlerOptions } from '@nestjs/throttler';
import { accessRuleFor, AccessRule, ServiceName } from '@cercle/contracts';
import type { ServiceConfig } from '../config/service-config';
import { routeKeyOf } from '../access/route-inventory';
import { bearerToken } from '../access/organiser-principal';
import { hashApiToken } from '../access/token-hash';

/** The counters a request can draw on; each counts per its tracker over one minute, across all routes. */
export type RateLimitName = 'signed-link' | 'token' | 'address';

const MINUTE_MS = 60_000;

interface HttpRequest {
  ip?: string;
  headers: Record<string, unknown>;
}

/**
 * Which counters a route's access rule draws on: signed-link and public pages per client address; organiser (and
 * admin) routes per client address, and per token when one is given. Health probes are never limited.
 * A route missing from the table (the access guard refuses it anyway) counts per address.
 */
export function rateLimitsFor(rule: AccessRule | undefined, hasToken: boolean): RateLimitName[] {
  switch (rule?.kind) {
    case 'open':
      return rule.throttled ? ['signed-link'] : [];
    case 'signed-link':
      return ['signed-link'];
    // Every member's command comes from the chat server's one address: a per-address limit would
    // lock the whole team out; the command token and signed contexts are the check.
    case 'chat':
      return [];
    default:
      return hasToken ? ['address', 'token'] : ['address'];
  }
}

/** The address a client is counted under (behind TRUST_PROXY_HOPS proxies, the one they forwarded). */
function clientAddress(request: HttpRequest): string {
  return request.ip ?? 'unknown';
}

/** Options of @nestjs/throttler for one service: one throttler per counter, each skipped where it does not apply. */
export function rateLimitOptions(service: ServiceName, config: ServiceConfig): ThrottlerModuleOptions {
  const applies = (name: RateLimitName) => (context: ExecutionContext) => {
    if (context.getType() !== 'http') return false;
    const key = routeKeyOf(context.getClass(), context.getHandler());
    const request = context.switchToHttp().getRequest<HttpRequest>();
    return rateLimitsFor(key ? accessRuleFor(service, key) : undefined, bearerToken(request.headers['authorization']) !== null).includes(
      name,
    );
  };
  const throttler = (name: RateLimitName, limit: number, tracker: (request: HttpRequest) => string): ThrottlerOptions => ({
    name,
    limit,
    ttl: MINUTE_MS,
    skipIf: (context) => limit === 0 || !applies(name)(context),
    getTracker: (request) => tracker(request as HttpRequest),
    // One counter per tracker for the whole service, not one per route as the library's default key does.
    generateKey: (_context, tracker, throttlerName) => `${throttlerName}:${tracker}`,
  });
  return {
    // The guard sets a plain Retry-After itself; the library's would be suffixed with the throttler's name.
    setHeaders: false,
    throttlers: [
      throttler('signed-link', config.RATE_LIMIT_SIGNED_LINK_PER_MINUTE, clientAddress),
      throttler('address', config.RATE_LIMIT_ADDRESS_PER_MINUTE, clientAddress),
      // Counted under the token's hash: the token itself never sits in memory longer than the request.
      throttler('token', config.RATE_LIMIT_TOKEN_PER_MINUTE, (request) =>
        hashApiToken(bearerToken(request.headers['authorization']) ?? ''),
      ),
    ],
  };
}
