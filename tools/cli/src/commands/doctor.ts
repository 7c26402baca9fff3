import { Api } from '../api-client';
import { readConfig } from '../config';
import type { Context } from '../context';
import { CliError, ExitCode } from '../exit-codes';
import type { FailedDelivery } from './deliveries';

type Status = 'ok' | 'problem' | 'unknown';
interface Check {
  check: string;
  status: Status;
  detail: string;
}

const NIL = '00000000-0000-4000-8000-000000000000';
const SERVICES = ['membership', 'events', 'notifications'] as const;
const CHANNELS = [
  { id: 'email', channels: ['email'], setting: 'SMTP_URL' },
  { id: 'mattermost', channels: ['mattermost-post', 'mattermost-dm'], setting: 'MATTERMOST_URL, MATTERMOST_TOKEN' },
  { id: 'matrix', channels: ['matrix-post', 'matrix-dm'], setting: 'MATRIX_HOMESERVER_URL, MATRIX_ACCESS_TOKEN' },
] as const;

/**
 * Checks, in order, what a command needs: the configuration, the API, each service's database and
 * queues (as the gateway's /health reports them), the token in each service, then email and Mattermost
 * as the delivery log shows them. Each problem says what to do. Exit 3 when the API is unreachable,
 * 4 for any other problem.
 */
export async function doctor(ctx: Context): Promise<number> {
  const { text, out } = ctx;
  const d = text.doctor;
  const checks: Check[] = [];
  const add = (check: string, status: Status, detail: string) => checks.push({ check, status, detail });

  const read = readConfig(ctx.configFile);
  if (read.state === 'ok') {
    const open = (read.mode & 0o077) !== 0;
    add(d.config, open ? 'problem' : 'ok', open ? d.configMode(ctx.configFile, read.mode.toString(8)) : d.configOk(ctx.configFile));
  } else if (read.state === 'invalid') add(d.config, 'problem', text.errors.invalidConfig(ctx.configFile, read.reason));
  else if (!(process.env.CERCLE_API_URL && process.env.CERCLE_TOKEN)) add(d.config, 'problem', d.configMissing(ctx.configFile));

  const stored = read.state === 'ok' ? read.config : null;
  const apiUrl = process.env.CERCLE_API_URL || stored?.apiUrl || 'http://127.0.0.1:3000';
  const token = process.env.CERCLE_TOKEN || stored?.token || null;
  const anonymous = new Api(apiUrl, null, text);
  let unreachable = false;
  try {
    const health = await anonymous.status('GET', '/health');
    add(d.api, 'ok', d.apiOk(apiUrl));
    const services = health.body?.services as Record<string, Record<string, string>> | undefined;
    for (const name of SERVICES) {
      const report = services?.[name];
      if (!report) add(d.service(name), 'unknown', d.healthMissing);
      else if (report.status === 'ok')
        add(
          d.service(name),
          'ok',
          Object.entries(report)
            .filter(([k]) => k !== 'status')
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
        );
      else
        add(
          d.service(name),
          'problem',
          d.serviceDown(
            Object.entries(report)
              .filter(([k, v]) => k !== 'status' && v !== 'ok')
              .map(([k, v]) => `${k}: ${v}`)
              .join('; '),
          ),
        );
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    unreachable = error.exitCode === ExitCode.unreachable;
    add(d.api, 'problem', error.message);
  }

  if (!unreachable && token) await checkToken(ctx, new Api(apiUrl, token, text), add);
  else for (const c of CHANNELS) add(d.channel(c.id), 'unknown', d.channelUnknown);

  const problems = checks.filter((c) => c.status === 'problem').length;
  const mark = { ok: '✔', problem: '✘', unknown: '?' } as const;
  out.result({ apiUrl, configFile: ctx.configFile, checks, problems }, () => [
    ...checks.map((c) => d.line(mark[c.status], c.check, c.detail)),
    problems ? d.problems(problems) : d.allGood,
  ]);
  if (unreachable) return ExitCode.unreachable;
  return problems ? ExitCode.partial : ExitCode.ok;
}

async function checkToken(ctx: Context, api: Api, add: (check: string, status: Status, detail: string) => void): Promise<void> {
  const d = ctx.text.doctor;
  let tokenOk = true;
  try {
    const me = await api.get<{ name: string; token: { readOnly: boolean } }>('/organisers/me');
    add(d.token, 'ok', d.tokenOk(me.name, me.token.readOnly));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    add(d.token, 'problem', d.tokenBad(error.message));
    tokenOk = false;
  }
  if (tokenOk) {
    const events = await api.status('GET', `/occurrences/${NIL}`);
    // A service that is down was reported above; here only a refusal of the token counts.
    const refuses = (status: number) => status === 401 || status === 403;
    if (refuses(events.status)) add(d.token, 'problem', d.tokenElsewhere('events', String(events.body?.message ?? events.status)));
    const notifications = await api.status('GET', '/deliveries?limit=1');
    if (notifications.status !== 200) {
      if (refuses(notifications.status))
        add(d.token, 'problem', d.tokenElsewhere('notifications', String(notifications.body?.message ?? notifications.status)));
      tokenOk = false;
    }
  }
  for (const c of CHANNELS) {
    if (!tokenOk) {
      add(d.channel(c.id), 'unknown', d.channelUnknown);
      continue;
    }
    // Newest first: the latest failure of each channel, and how many there are.
    const pages = await Promise.all(
      c.channels.map((channel) =>
        api.get<{ items: FailedDelivery[]; total: number }>(`/deliveries?status=failed&channel=${channel}&limit=1`),
      ),
    );
    const total = pages.reduce((n, p) => n + p.total, 0);
    const latest = pages.flatMap((p) => p.items).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (total) {
      add(d.channel(c.id), 'problem', failedChannelDetail(ctx.text.doctor, total, latest?.lastError ?? '?', c.setting));
      continue;
    }
    // Not failed yet but retrying: a server that refuses connections keeps deliveries pending with an error.
    const pending = await Promise.all(
      c.channels.map((channel) => api.get<{ items: FailedDelivery[] }>(`/deliveries?status=pending&channel=${channel}&limit=200`)),
    );
    const retrying = pending.flatMap((p) => p.items).filter((item) => item.attempts > 0 && item.lastError);
    if (retrying.length) add(d.channel(c.id), 'problem', d.channelRetrying(retrying.length, retrying[0].lastError!, c.setting));
    else add(d.channel(c.id), 'ok', d.channelOk);
  }
}

// Mattermost answers 404 to GET /api/v4/users/username/<name> for a name it does not know: the server and
// the token work, the member's username does not.
const UNKNOWN_USER = /\/api\/v4\/users\/username\/([^\s/)]+)\)? \(404\)/;

/** What a channel's failures say and what to do, blaming the setting only when the setting is at fault. */
export function failedChannelDetail(d: Context['text']['doctor'], total: number, lastError: string, setting: string): string {
  const unknownUser = UNKNOWN_USER.exec(lastError);
  if (unknownUser) return d.unknownMattermostUser(total, decodeURIComponent(unknownUser[1]));
  return d.channelFailed(total, lastError, setting);
}
