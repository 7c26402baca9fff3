import { CannonResult, memberAddress, parseHttpArgs, requestsPerAddressPerMinute, summarise } from './http-summary';

function result(changes: Partial<CannonResult>): CannonResult {
  return {
    duration: 10,
    latency: { p50: 4, p99: 30, max: 80 },
    errors: 0,
    timeouts: 0,
    '1xx': 0,
    '2xx': 0,
    '3xx': 0,
    '4xx': 0,
    '5xx': 0,
    ...changes,
  };
}

describe('summarise', () => {
  it('counts a redirect after a saved answer as a success', () => {
    const s = summarise(result({ '2xx': 600, '3xx': 400 }));
    expect(s).toEqual({ requests: 1000, perSecond: 100, p50Ms: 4, p99Ms: 30, maxMs: 80, errors: 0 });
  });

  it('counts client and server errors and socket errors as errors', () => {
    const s = summarise(result({ '2xx': 990, '4xx': 3, '5xx': 2, errors: 4, timeouts: 1 }));
    expect(s.errors).toBe(9);
    expect(s.requests).toBe(995);
  });

  it('gives no rate for a run that did not last', () => {
    expect(summarise(result({ duration: 0 })).perSecond).toBe(0);
  });
});

describe('memberAddress', () => {
  it('gives each member a distinct address in the benchmark range', () => {
    expect(memberAddress(0)).toBe('198.18.0.0');
    expect(memberAddress(257)).toBe('198.18.1.1');
    expect(memberAddress(65536 + 2)).toBe('198.19.0.2');
  });

  it('refuses members beyond the range', () => {
    expect(() => memberAddress(2 ** 17)).toThrow();
  });
});

describe('requestsPerAddressPerMinute', () => {
  it('spreads the rate evenly over the members', () => {
    expect(requestsPerAddressPerMinute({ rate: 200, members: 200 })).toBe(60);
    expect(requestsPerAddressPerMinute({ rate: 200, members: 30 })).toBe(400);
  });
});

describe('parseHttpArgs', () => {
  it('runs 200 requests a second for a minute by default', () => {
    expect(parseHttpArgs([])).toMatchObject({ rate: 200, duration: 60 });
  });

  it('reads options with or without an equals sign', () => {
    expect(parseHttpArgs(['--duration', '10', '--members=50'])).toMatchObject({ duration: 10, members: 50 });
  });

  it('refuses an unknown option and a rate too low for the connections', () => {
    expect(() => parseHttpArgs(['--backend', 'redis'])).toThrow(/Unknown option/);
    expect(() => parseHttpArgs(['--rate', '4', '--connections', '4'])).toThrow(/--rate/);
  });
});
