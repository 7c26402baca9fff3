import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { removeOnInterrupt } from './interrupt';
import { UsageError } from './usage-error';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { LinkPurpose } from '@cercle/contracts';
import { serviceConfigSchema } from '@cercle/platform';
import { signLink } from '@cercle/signed-links';
import { startRedis } from '@cercle/testing';
import { localSecrets } from '../../dev/src/secrets';
import type { Stack } from '../../dev/src/stack';
import { settle } from '../../demo/src/settle';
import { startBenchStack } from './bench-stack';
import { announce, ENGINE_DOMAIN, EngineSetup, prepareEngine } from './engine';
import {
  CannonResult,
  describeLoad,
  HttpLoadOptions,
  LoadSummary,
  memberAddress,
  parseHttpArgs,
  requestsPerAddressPerMinute,
  summarise,
} from './http-summary';
import { ProcessStats } from './measure';
import { startSmtpSink, SmtpSink } from './smtp-sink';

/**
 * `npm run bench -- --http`: the registration page a member reaches from the announcement (membership's
 * `/r/:token`) under load. Cercle starts as in the fan-out bench (Redis, SMTP sink process, the shared
 * stack launcher, `prepareEngine` and `announce`), then autocannon GETs the page and POSTs answers with
 * each member's signed link at a fixed rate. Readable lines, then one JSON line last.
 */
const t0 = Date.now();
const say = (line: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s ${line}`);

const ANSWERS = ['yes', 'maybe', 'no'] as const;
const DAY_S = 24 * 3600;

interface Visitor {
  path: string;
  address: string;
  answer: (typeof ANSWERS)[number];
}

/** Each member's page, signed as notifications signs it (purpose `register`, the occurrence as subject). */
async function visitors(setup: EngineSetup, dataDir: string): Promise<Visitor[]> {
  const { LINK_SECRET } = localSecrets(dataDir);
  const members: Array<{ id: string }> = await setup.api.get(`/communities/${setup.communityId}/members`);
  const exp = Math.floor(Date.now() / 1000) + DAY_S;
  return members.map((m, i) => ({
    path: `/r/${signLink(LINK_SECRET, { purpose: LinkPurpose.Register, memberId: m.id, subjectId: setup.occurrenceId, exp })}`,
    address: memberAddress(i),
    // Varied across members but fixed for each, so a repeated post changes nothing downstream after the first.
    answer: ANSWERS[i % ANSWERS.length],
  }));
}

/** One autocannon run of one kind of request, cycling through the members. */
function load(baseUrl: string, people: Visitor[], options: HttpLoadOptions, kind: 'GET' | 'POST'): Promise<CannonResult> {
  let next = 0;
  return autocannon<CannonResult>({
    url: baseUrl,
    connections: options.connections,
    overallRate: Math.floor(options.rate / 2),
    duration: options.duration,
    // autocannon corrects for coordinated omission with an interval of ceil(1/rate) = 1 ms, which adds a
    // sample per millisecond of every response; the achieved rate printed beside shows any lag instead.
    ignoreCoordinatedOmission: true,
    timeout: 10,
    requests: [
      {
        setupRequest: (request) => {
          const person = people[next++ % people.length];
          const headers = { accept: 'text/html', 'x-forwarded-for': person.address };
          if (kind === 'GET') return { ...request, method: 'GET', path: person.path, headers };
          return {
            ...request,
            method: 'POST',
            path: person.path,
            headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
            body: `answer=${person.answer}`,
          };
        },
      },
    ],
  });
}

interface PageJson {
  occurrence?: { registrationOpen?: boolean };
}

async function pageJson(baseUrl: string, person: Visitor): Promise<PageJson> {
  const response = await fetch(`${baseUrl}${person.path}`, { headers: { accept: 'application/json', 'x-forwarded-for': person.address } });
  return response.ok ? ((await response.json()) as PageJson) : {};
}

async function waitForEmails(sink: SmtpSink, count: number): Promise<void> {
  await settle(async () => ((await sink.counts())[ENGINE_DOMAIN] ?? 0) >= count, `${count} announcement emails`, 600000);
}

export async function runHttpLoad(argv: string[]): Promise<void> {
  const options = parseHttpArgs(argv);
  const limit = serviceConfigSchema.shape.RATE_LIMIT_SIGNED_LINK_PER_MINUTE.parse(process.env.RATE_LIMIT_SIGNED_LINK_PER_MINUTE);
  const perAddress = requestsPerAddressPerMinute(options);
  if (limit > 0 && perAddress >= limit) {
    throw new UsageError(`${perAddress} requests a minute per member address would meet the limit of ${limit}: use more --members`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'cercle-bench-http-'));
  removeOnInterrupt(dataDir);
  // The embedded PostgreSQL runs as its own user, which must reach its data folder inside this one.
  chmodSync(dataDir, 0o755);
  const redis = await startRedis();
  const sink = await startSmtpSink();
  let stack: Stack | null = null;
  try {
    say(`Redis ${redis.url}, SMTP sink ${sink.smtpUrl}; starting PostgreSQL and the services`);
    stack = await startBenchStack({
      dataDir,
      redisUrl: redis.url,
      smtpUrl: sink.smtpUrl,
      queuePrefix: `benchhttp${process.pid}`,
      log: say,
      // The limiter stays on, at its production limit: each member comes from an address of their own
      // (X-Forwarded-For, believed from one proxy hop), so it is measured but never refuses.
      serviceEnv: { TRUST_PROXY_HOPS: '1' },
    });
    const setup = await prepareEngine(stack, options.members, say);
    await announce(setup);
    // The fan-out finishes first: the load then measures the page, not the announcement competing with it.
    await waitForEmails(sink, options.members);
    const people = await visitors(setup, dataDir);
    const membershipUrl = stack.serviceUrl('membership');
    // Membership opens registration when events' message reaches it, which may come after the emails.
    await settle(async () => (await pageJson(membershipUrl, people[0])).occurrence?.registrationOpen, 'registration to open', 60000);
    say(`announcement sent to ${options.members} members; registration open`);
    say(
      `load: ${options.rate} requests/s (GET and POST half each, ${options.connections} connections each) for ${options.duration} s on ${membershipUrl}/r/:token, ${perAddress} a minute per member address (limit ${limit || 'none'})`,
    );
    const running = stack;
    const processes = new ProcessStats(() => Object.fromEntries(Object.values(running.services).map((s) => [s.name, s.child.pid])));
    const cpuBefore = processes.cpuMs();
    const runs = await Promise.all([load(membershipUrl, people, options, 'GET'), load(membershipUrl, people, options, 'POST')]);
    const cpuAfter = processes.cpuMs();
    processes.stop();
    const [get, post] = runs.map(summarise);
    // CPU of each service per request served (GET and POST together): on a shared machine, the part of
    // the latency Cercle itself causes.
    const cpuPerRequest = Object.fromEntries(
      Object.keys(cpuAfter).map((n) => [
        n,
        Math.round(((cpuAfter[n] - (cpuBefore[n] ?? 0)) / Math.max(1, get.requests + post.requests)) * 100) / 100,
      ]),
    );
    report(options, get, post, cpuPerRequest);
  } finally {
    await stack?.stop();
    await sink.stop();
    await redis.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(options: HttpLoadOptions, get: LoadSummary, post: LoadSummary, cpuPerRequest: Record<string, number>): void {
  const load = Math.round(loadavg()[0] * 10) / 10;
  console.log('');
  console.log(
    `CPU per request: ${Object.entries(cpuPerRequest)
      .map(([n, ms]) => `${n} ${ms} ms`)
      .join(', ')}; machine load average (1 min) ${load}`,
  );
  console.log(describeLoad('GET  /r/:token', get));
  console.log(describeLoad('POST /r/:token', post));
  console.log(`target: p99 < 50 ms and 0 errors for both`);
  console.log(
    JSON.stringify({
      mode: 'http',
      rate: options.rate,
      duration_s: options.duration,
      members: options.members,
      get_p50_ms: get.p50Ms,
      get_p99_ms: get.p99Ms,
      get_errors: get.errors,
      get_per_s: get.perSecond,
      post_p50_ms: post.p50Ms,
      post_p99_ms: post.p99Ms,
      post_errors: post.errors,
      post_per_s: post.perSecond,
      membership_cpu_ms_per_request: cpuPerRequest.membership ?? null,
      load_average: load,
    }),
  );
}
