import { UsageError } from './usage-error';
/**
 * Pure pieces of `npm run bench -- --http`: its options, the client address each member is counted under,
 * and the summary of one autocannon run (no I/O, so they are unit-tested).
 */
export interface HttpLoadOptions {
  /** Seconds of load. */
  duration: number;
  /** Requests per second, GET and POST together (half each). */
  rate: number;
  /** Members with a signed link; requests cycle through them. */
  members: number;
  /** Connections per kind of request (GET, POST). */
  connections: number;
}

export const HTTP_DEFAULTS: HttpLoadOptions = { duration: 60, rate: 200, members: 200, connections: 4 };

export function parseHttpArgs(argv: string[]): HttpLoadOptions {
  const options = { ...HTTP_DEFAULTS };
  const flags: Record<string, keyof HttpLoadOptions> = {
    '--duration': 'duration',
    '--rate': 'rate',
    '--members': 'members',
    '--connections': 'connections',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const key = flags[flag];
    if (!key) throw new UsageError(`Unknown option ${argv[i]} with --http (known: ${Object.keys(flags).join(', ')})`);
    const value = Number(inline ?? argv[++i]);
    if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} needs a positive integer`);
    options[key] = value;
  }
  // autocannon spreads a rate over connections in whole requests per second: fewer would leave some idle.
  if (options.rate / 2 < options.connections) throw new UsageError('--rate must be at least twice --connections');
  return options;
}

/**
 * The address member `index` is counted under by the rate limits (sent as X-Forwarded-For, the services
 * trusting one proxy hop): one per member, as people on their own connections, from 198.18.0.0/15, the
 * range reserved for benchmarks (RFC 2544).
 */
export function memberAddress(index: number): string {
  if (index < 0 || index >= 2 ** 17) throw new Error(`no benchmark address for member ${index}`);
  return `198.${18 + (index >> 16)}.${(index >> 8) & 255}.${index & 255}`;
}

/**
 * Requests a minute each member's address makes when the rate is spread evenly over the members; it must
 * stay under the signed-link limit, or the bench would measure the limiter's refusals instead of the page.
 */
export function requestsPerAddressPerMinute(options: Pick<HttpLoadOptions, 'rate' | 'members'>): number {
  return Math.ceil((options.rate * 60) / options.members);
}

/** The fields of an autocannon result this summary reads. */
export interface CannonResult {
  duration: number;
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  '1xx': number;
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
}

export interface LoadSummary {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Responses other than 2xx/3xx (a saved answer redirects with 303) plus socket errors and timeouts. */
  errors: number;
}

export function summarise(result: CannonResult): LoadSummary {
  const responses = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  // autocannon counts timeouts among its errors already.
  const failed = result['1xx'] + result['4xx'] + result['5xx'] + result.errors;
  return {
    requests: responses,
    perSecond: result.duration > 0 ? Math.round((responses / result.duration) * 10) / 10 : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: failed,
  };
}

export function describeLoad(name: string, s: LoadSummary): string {
  return `${name}: ${s.requests} requests (${s.perSecond}/s), p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, max ${s.maxMs} ms, errors ${s.errors}`;
}
