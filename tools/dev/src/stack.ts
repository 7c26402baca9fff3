import { join } from 'node:path';
import type { Server } from 'node:http';
import { chatCommandUrl, type ServiceName } from '@cercle/contracts';
import { DevInbox, MailCatcher, MattermostDouble, type MatrixDouble } from '@cercle/dev-servers';
import { startEmbeddedPostgres, EmbeddedPostgresHandle } from '@cercle/platform';
import { startGateway } from './gateway';
import { homePage } from './home-page';
import { startLocalMatrix } from './local-matrix';
import { localSecrets } from './secrets';
import { formatLogLine, ServiceProcess, spawnService } from './service-process';

export interface StackOptions {
  dataDir: string;
  /** An external PostgreSQL; otherwise an embedded one with its data under dataDir. */
  databaseUrl?: string;
  /** Redis for the queues; otherwise BullMQ's PostgreSQL backend on the same database. */
  redisUrl?: string;
  /** An external SMTP server; otherwise a local mail catcher. */
  smtpUrl?: string;
  /** A real Mattermost and its bot token; otherwise a local Mattermost API double. */
  mattermost?: { url: string; token: string };
  /**
   * A Matrix homeserver and its bot's access token, or `local` for the local Matrix double; without it,
   * no Matrix (its deliveries are skipped).
   */
  matrix?: { url: string; token: string } | 'local';
  /** The base URL in links sent to people (a reverse proxy's); otherwise the gateway's own address. */
  publicUrl?: string;
  ports: {
    gateway: number;
    events: number;
    membership: number;
    notifications: number;
    console: number;
    postgres: number;
    smtp: number;
    mattermost: number;
    inbox: number;
    /** The local Matrix double's port (default 8008), with `matrix: 'local'`. */
    matrix?: number;
  };
  queuePrefix?: string;
  logLevel?: string;
  log?: (line: string) => void;
  /** Extra environment for the three services (e.g. OUTBOX_POLL_MS). */
  serviceEnv?: NodeJS.ProcessEnv;
}

export interface Stack {
  /** The base URL of links sent to people (PUBLIC_URL when given). */
  publicUrl: string;
  /** Where the local gateway listens; the same as publicUrl unless a reverse proxy is in front. */
  gatewayUrl: string;
  inboxUrl: string | null;
  adminToken: string;
  /** The channel of the local Mattermost double, to give a community (null with a real Mattermost). */
  localChannelId: string | null;
  /** The room of the local Matrix double, to give a community (null without it). */
  localMatrixRoomId: string | null;
  mail: MailCatcher | null;
  mattermost: MattermostDouble | null;
  matrix: MatrixDouble | null;
  services: Record<ServiceName, ServiceProcess>;
  serviceUrl(name: ServiceName): string;
  kill(name: ServiceName, signal: NodeJS.Signals): Promise<void>;
  restart(name: ServiceName): Promise<void>;
  /**
   * Another process of a service on `port`, on the same database and queues: replicas share the work
   * (SKIP LOCKED relay, BullMQ workers). `env` overrides its environment (e.g. its own SMTP_URL).
   */
  addReplica(name: ServiceName, port: number, env?: NodeJS.ProcessEnv): Promise<ServiceProcess>;
  /** The processes addReplica started; stop() ends them with the others. */
  replicas: ServiceProcess[];
  stop(): Promise<void>;
}

// The console last: it calls the three others.
const SERVICES: ServiceName[] = ['membership', 'events', 'notifications', 'console'];

/** Starts Cercle and what it needs: the one-command start, the demo and the end-to-end tests share it. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? ((line: string) => console.log(line));
  const secrets = localSecrets(options.dataDir);
  const cleanups: Array<() => Promise<unknown>> = [];
  let postgres: EmbeddedPostgresHandle | null = null;
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    postgres = await startEmbeddedPostgres({ dataDir: join(options.dataDir, 'postgres'), port: options.ports.postgres });
    databaseUrl = postgres.url;
    cleanups.push(() => postgres!.stop());
    log(`PostgreSQL (embedded) on port ${options.ports.postgres}, data in ${join(options.dataDir, 'postgres')}`);
  }
  let mail: MailCatcher | null = null;
  let smtpUrl = options.smtpUrl;
  if (!smtpUrl) {
    mail = new MailCatcher({ storeDir: join(options.dataDir, 'mail') });
    await mail.start(options.ports.smtp);
    smtpUrl = `smtp://127.0.0.1:${options.ports.smtp}`;
    cleanups.push(() => mail!.stop());
  }
  const publicUrl = options.publicUrl ?? `http://127.0.0.1:${options.ports.gateway}`;
  let mattermost: MattermostDouble | null = null;
  let mattermostEnv = options.mattermost;
  let localChannelId: string | null = null;
  let commandToken: string | undefined;
  if (!mattermostEnv) {
    mattermost = new MattermostDouble({ stateFile: join(options.dataDir, 'mattermost.json') });
    const { url } = await mattermost.start(options.ports.mattermost);
    const local = localMattermost(mattermost);
    localChannelId = local.channelId;
    mattermostEnv = { url, token: local.token };
    commandToken = localSlashCommand(mattermost, publicUrl);
    cleanups.push(() => mattermost!.stop());
  }
  let matrix: MatrixDouble | null = null;
  let matrixEnv = options.matrix === 'local' ? undefined : options.matrix;
  let localMatrixRoomId: string | null = null;
  if (options.matrix === 'local') {
    const local = await startLocalMatrix(options.dataDir, options.ports.matrix ?? 8008);
    matrix = local.double;
    localMatrixRoomId = local.roomId;
    matrixEnv = { url: local.url, token: local.token };
    cleanups.push(() => local.double.stop());
    log(`Matrix (double local) sur ${local.url}, salon ${local.roomId}`);
  }
  let inboxUrl: string | null = null;
  if (mail && mattermost) {
    const inbox = new DevInbox(mail, mattermost);
    inboxUrl = (await inbox.start(options.ports.inbox)).url;
    cleanups.push(() => inbox.stop());
  }
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: options.redisUrl ?? '',
    PUBLIC_URL: publicUrl,
    LINK_SECRET: secrets.LINK_SECRET,
    ADMIN_TOKEN: secrets.ADMIN_TOKEN,
    CONSOLE_SECRET: secrets.CONSOLE_SECRET,
    SMTP_URL: smtpUrl,
    MATTERMOST_URL: mattermostEnv.url,
    MATTERMOST_TOKEN: mattermostEnv.token,
    ...(matrixEnv ? { MATRIX_HOMESERVER_URL: matrixEnv.url, MATRIX_ACCESS_TOKEN: matrixEnv.token } : {}),
    ...(commandToken ? { MATTERMOST_COMMAND_TOKEN: commandToken } : {}),
    LOG_LEVEL: options.logLevel ?? 'info',
    QUEUE_PREFIX: options.queuePrefix ?? 'cercle',
    MEMBERSHIP_URL: `http://127.0.0.1:${options.ports.membership}`,
    EVENTS_URL: `http://127.0.0.1:${options.ports.events}`,
    NOTIFICATIONS_URL: `http://127.0.0.1:${options.ports.notifications}`,
    ...options.serviceEnv,
  };
  if (!env.REDIS_URL) delete env.REDIS_URL;
  const onLine = (name: string, line: string) => {
    const text = formatLogLine(name, line);
    if (text) log(text);
  };
  const services = {} as Record<ServiceName, ServiceProcess>;
  const replicas: ServiceProcess[] = [];
  const start = async (name: ServiceName) => {
    services[name] = spawnService(name, options.ports[name], env, onLine);
    await waitHealthy(services[name]);
  };
  // Membership first: it creates the tables of the organiser tokens the others copy.
  for (const name of SERVICES) await start(name);
  const gateway: Server = await startGateway({
    port: options.ports.gateway,
    services: {
      events: `http://127.0.0.1:${options.ports.events}`,
      membership: `http://127.0.0.1:${options.ports.membership}`,
      notifications: `http://127.0.0.1:${options.ports.notifications}`,
      console: `http://127.0.0.1:${options.ports.console}`,
    },
    homePage: () => homePage({ publicUrl, inboxUrl, ports: options.ports }),
  });

  const stack: Stack = {
    publicUrl,
    gatewayUrl: `http://127.0.0.1:${options.ports.gateway}`,
    inboxUrl,
    adminToken: secrets.ADMIN_TOKEN,
    localChannelId,
    localMatrixRoomId,
    mail,
    mattermost,
    matrix,
    services,
    serviceUrl: (name) => `http://127.0.0.1:${options.ports[name]}`,
    async kill(name, signal) {
      services[name].child.kill(signal);
      await services[name].exited;
    },
    async restart(name) {
      await start(name);
    },
    replicas,
    async addReplica(name, port, replicaEnv = {}) {
      const replica = spawnService(name, port, { ...env, ...replicaEnv }, onLine);
      replicas.push(replica);
      await waitHealthy(replica);
      return replica;
    },
    async stop() {
      // The front door first: nobody reaches a service that is stopping, and a stop is visible at once.
      const gatewayClosed = new Promise((r) => gateway.close(r));
      gateway.closeAllConnections();
      await gatewayClosed;
      await Promise.all([...SERVICES.map((name) => services[name]), ...replicas].map(stopService));
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    },
  };
  return stack;
}

/**
 * The bot and the channel of the local Mattermost double: made on the first start, found again in the
 * double's state file afterwards, so that the channel id communities were given keeps working.
 */
function localMattermost(double: MattermostDouble): { channelId: string; token: string } {
  const botUser = double.users().find((u) => u.username === 'cercle-bot' && u.is_bot);
  const token = botUser && double.tokenOf(botUser.id);
  const channel = double.channels().find((c) => c.name === 'communaute' && c.type === 'O');
  if (botUser && token && channel) return { channelId: channel.id, token };
  const bot = double.createBot('cercle-bot');
  const created = channel ?? double.addChannel({ name: 'communaute', displayName: 'Communauté', memberIds: [bot.user.id] });
  double.addMember(created.id, bot.user.id);
  return { channelId: created.id, token: bot.token };
}

/**
 * The local Mattermost's `/cercle` slash command, pointed at this run's public URL (ports may differ from
 * the run that created it); its token is what events checks.
 */
function localSlashCommand(double: MattermostDouble, publicUrl: string): string {
  const url = chatCommandUrl(publicUrl);
  const existing = double.slashCommands().find((c) => c.trigger === 'cercle');
  if (existing?.url === url) return existing.token;
  return double.addSlashCommand('cercle', url).token;
}

/** A service gets SERVICE_STOP_GRACE_MS to finish its jobs after SIGTERM; a stop must never hang on one. */
const SERVICE_STOP_GRACE_MS = 10_000;

async function stopService(service: ServiceProcess): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.child.kill('SIGTERM');
  const grace = setTimeout(() => service.child.kill('SIGKILL'), SERVICE_STOP_GRACE_MS);
  await service.exited;
  clearTimeout(grace);
}

async function waitHealthy(service: ServiceProcess, timeoutMs = 90000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | string | null | undefined;
  void service.exited.then((code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`${service.name} exited (${exited}) before it was healthy; see its log above`);
    try {
      const res = await fetch(`http://127.0.0.1:${service.port}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${service.name} did not become healthy within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
