import { Client4 } from '@mattermost/client';
import type { Options } from '@mattermost/types/client4';
import { DeliveryError } from './delivery-error';

export type Fetch = typeof globalThis.fetch;

// Bodies of error answers are kept for diagnosis but cut: a proxy's HTML error page can be long.
const MAX_PROVIDER_RESPONSE = 500;

/**
 * Seconds in `Retry-After` (or an HTTP date), else Mattermost's `X-RateLimit-Reset` (seconds until
 * the bucket refills). `now` only serves the HTTP-date form.
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers.get('x-ratelimit-reset') ?? NaN);
  return Number.isFinite(reset) ? Math.max(0, reset * 1000) : undefined;
}

/** 429 and 5xx may pass if retried; any other 4xx (bad token, unknown channel) will not. */
export function classifyHttpFailure(status: number, headers: Headers, body: string, what: string): DeliveryError {
  const providerResponse = body.slice(0, MAX_PROVIDER_RESPONSE);
  if (status === 429) {
    return new DeliveryError(`Mattermost rate-limited ${what} (429)`, {
      permanent: false,
      retryAfterMs: retryAfterMs(headers),
      providerResponse,
      statusCode: status,
    });
  }
  const permanent = status >= 400 && status < 500 && status !== 408;
  return new DeliveryError(`Mattermost refused ${what} (${status})`, { permanent, providerResponse, statusCode: status });
}

// "POST /api/v4/posts": the route without host or query, enough to say what failed.
function describe(url: string, options: Options): string {
  const path = new URL(url).pathname;
  return `${(options.method ?? 'get').toUpperCase()} ${path}`;
}

/**
 * Client4 with its transport replaced. Client4 calls the global `fetch` and builds its error from a
 * JSON body, so a real Mattermost's plain-text 429 reaches callers as an error without status or
 * Retry-After. Overriding `doFetch` (which every API method goes through) lets us read the status
 * and headers from the response itself and throw a classified DeliveryError. Client4 adds the
 * token to the request headers only; no message built here includes request headers.
 */
export class ClassifyingClient4 extends Client4 {
  constructor(private readonly fetchImpl: Fetch = globalThis.fetch) {
    super();
  }

  protected override doFetch = async <T>(url: string, options: Options): Promise<T> => {
    const what = describe(url, options);
    let response: Response;
    try {
      response = await this.fetchImpl(url, this.getOptions(options) as RequestInit);
    } catch (error) {
      // Refused connection, DNS failure, reset: nothing reached Mattermost, a retry may.
      const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new DeliveryError(`Mattermost unreachable for ${what}: ${reason}`, { permanent: false, providerResponse: reason });
    }
    const body = await response.text().catch(() => '');
    if (!response.ok) throw classifyHttpFailure(response.status, response.headers, body, what);
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.includes('json')) return body as T;
    try {
      return JSON.parse(body) as T;
    } catch (error) {
      throw new DeliveryError(`Mattermost sent invalid JSON for ${what}`, {
        permanent: false,
        providerResponse: body.slice(0, MAX_PROVIDER_RESPONSE),
        cause: error,
      });
    }
  };
}
