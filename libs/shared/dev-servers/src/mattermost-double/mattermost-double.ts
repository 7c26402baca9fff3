import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BodyTooLargeError, close, listen, readBody, sendJson, sendText } from '../http/http-io';
import { findRoute } from './api-routes';
import { addSlashCommand, clickButton, runSlashCommand, type IntegrationOutcome } from './integrations';
import { answerIntegrationRoute } from './integration-routes';
import { permalinkPage } from './permalink-page';
import { applySeed } from './double-seed';
import { apiErrors, MattermostApiError, newMattermostId } from './mattermost-ids';
import { MattermostStore } from './mattermost-store';
import { readStateFile, writeStateFile } from './mattermost-snapshot';
import type {
  DoubleChannel,
  DoubleFileInfo,
  DoublePost,
  DoubleUser,
  NewChannel,
  NewUser,
  PostFilter,
  SlashCommand,
} from './mattermost-models';

export type MattermostFault = { status: 429; retryAfterSeconds?: number; path?: RegExp } | { status: 500 | 502 | 503; path?: RegExp };

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
}

export interface DoubleFile extends DoubleFileInfo {
  content: Buffer;
}

const API_PREFIX = '/api/v4';
// Major.Minor.Patch.BuildNumber.ConfigHash.Licensed, the layout of a real server's X-Version-Id.
const VERSION_ID = '10.11.0.10.11.0.cercle-double.false';
// A real server's limiter (throttled, 10 req/s, burst 100) announces burst+1 as the limit.
const RATE_LIMIT = 101;

/**
 * A local stand-in for the Mattermost REST API v4, answering the calls Client4 makes for Cercle
 * with the same status codes, error bodies and headers as a real server. Used by tests and by the
 * dev launcher; production code must never import it.
 */
export interface MattermostDoubleOptions {
  /**
   * Keeps the double's world (users, channels, tokens, posts, files) in this JSON file: read at start,
   * written shortly after each change and at stop. Without it, everything lives in memory only.
   */
  stateFile?: string;
}

export class MattermostDouble {
  private readonly store = new MattermostStore();
  private saveTimer?: NodeJS.Timeout;
  /** True when start() found a state file from an earlier run. */
  restored = false;
  private readonly log: LoggedRequest[] = [];
  private faults: { remaining: number; fault: MattermostFault }[] = [];
  private server?: Server;
  private baseUrl?: string;

  constructor(private readonly options: MattermostDoubleOptions = {}) {}

  async start(port = 0, host = '127.0.0.1'): Promise<{ url: string }> {
    if (this.server) throw new Error('MattermostDouble already started');
    if (this.options.stateFile) this.restored = readStateFile(this.store, this.options.stateFile);
    const server = createServer((req, res) => void this.handle(req, res));
    const actualPort = await listen(server, port, host);
    this.server = server;
    this.baseUrl = `http://${host}:${actualPort}`;
    return { url: this.baseUrl };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await close(server);
    this.saveNow();
  }

  /** Schedules a write of the state file: one write for a burst of changes (a fan-out posts hundreds). */
  private changed(): void {
    if (!this.options.stateFile || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.saveNow(), 200);
    this.saveTimer.unref();
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.options.stateFile) writeStateFile(this.store, this.options.stateFile);
  }

  get url(): string {
    if (!this.baseUrl) throw new Error('MattermostDouble not started');
    return this.baseUrl;
  }

  addUser(user: NewUser): DoubleUser {
    this.changed();
    return this.store.addUser(user);
  }

  addChannel(channel: NewChannel): DoubleChannel {
    this.changed();
    return this.store.addChannel(channel);
  }

  addMember(channelId: string, userId: string): void {
    this.changed();
    this.store.addMember(channelId, userId);
  }

  addToken(token: string, userId: string): void {
    this.changed();
    this.store.addToken(token, userId);
  }

  createBot(username: string): { user: DoubleUser; token: string } {
    this.changed();
    const user = this.store.addUser({ username, isBot: true });
    const token = newMattermostId();
    this.store.addToken(token, user.id);
    return { user, token };
  }

  /** A token of this user (the first one given), for a launcher that finds its bot in a restored state. */
  tokenOf(userId: string): string | undefined {
    return [...this.store.tokens].find(([, owner]) => owner === userId)?.[0];
  }

  seed(seed: unknown): { users: DoubleUser[]; channels: DoubleChannel[] } {
    this.changed();
    return applySeed(this.store, seed);
  }

  /** Creates a custom slash command (`/trigger`) that posts to `url`; Mattermost gives it a token, returned here. */
  addSlashCommand(trigger: string, url: string): SlashCommand {
    this.changed();
    return addSlashCommand(this.store, trigger, url);
  }

  slashCommands(): SlashCommand[] {
    return [...this.store.commands.values()];
  }

  /** `command` (e.g. `/cercle oui`) typed by the user in the channel: Mattermost calls the command's URL. */
  runSlashCommand(input: { userId: string; channelId: string; command: string }): Promise<IntegrationOutcome> {
    this.changed();
    return runSlashCommand(this.store, input, this.url);
  }

  /** The user clicks a button of a post: Mattermost calls the action's integration URL with its context. */
  clickButton(input: { userId: string; postId: string; actionId: string }): Promise<IntegrationOutcome> {
    this.changed();
    return clickButton(this.store, input);
  }

  /** Ephemeral posts shown to one user (or to everyone), oldest first. */
  ephemeralPosts(userId?: string): DoublePost[] {
    return this.store.ephemeral.filter((e) => !userId || e.forUserId === userId).map((e) => e.post);
  }

  /** Posts in creation order (oldest first). */
  posts(filter?: PostFilter): DoublePost[] {
    return this.store.filterPosts(filter);
  }

  files(): DoubleFile[] {
    return [...this.store.files.values()].map(({ info, content }) => ({ ...info, content }));
  }

  channels(): DoubleChannel[] {
    return [...this.store.channels.values()];
  }

  users(): DoubleUser[] {
    return [...this.store.users.values()];
  }

  /** Makes the next `count` API requests (optionally only those whose path matches) fail like the real server would. */
  failNext(count: number, fault: MattermostFault): void {
    this.faults.push({ remaining: count, fault });
  }

  requestLog(): LoggedRequest[] {
    return [...this.log];
  }

  /** Forgets everything: users, channels, tokens, posts, files, pending faults and the request log. */
  reset(): void {
    this.changed();
    this.store.clear();
    this.faults = [];
    this.log.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double');
    const requestId = newMattermostId();
    const headers = {
      'X-Request-Id': requestId,
      'X-Version-Id': VERSION_ID,
      'X-Ratelimit-Limit': String(RATE_LIMIT),
      'X-Ratelimit-Remaining': String(RATE_LIMIT - 1),
      'X-Ratelimit-Reset': '1',
    };
    try {
      if (url.pathname.startsWith('/_double/')) return await this.handleInspection(req, res, url);
      const permalink = req.method === 'GET' ? permalinkPage(this.store, url.pathname) : null;
      if (permalink) return sendText(res, permalink.status, permalink.html, 'text/html; charset=utf-8');
      if (!url.pathname.startsWith(`${API_PREFIX}/`)) throw apiErrors.notFound();
      const status = await this.handleApi(req, res, url, headers);
      if (req.method !== 'GET') this.changed();
      this.log.push({ method: req.method ?? 'GET', path: url.pathname, status });
    } catch (error) {
      const apiError = toApiError(error);
      if (url.pathname.startsWith(API_PREFIX))
        this.log.push({ method: req.method ?? 'GET', path: url.pathname, status: apiError.statusCode });
      if (!res.headersSent) sendJson(res, apiError.statusCode, apiError.toBody(requestId), headers);
    }
  }

  /** Answers one /api/v4 request and returns the status it sent. */
  private async handleApi(req: IncomingMessage, res: ServerResponse, url: URL, headers: Record<string, string>): Promise<number> {
    const method = req.method ?? 'GET';
    const apiPath = url.pathname.slice(API_PREFIX.length);
    // The server's limiter runs before authentication, so even a bad token gets a 429.
    const fault = this.takeFault(apiPath);
    if (fault?.status === 429) {
      const seconds = String(fault.retryAfterSeconds ?? 1);
      // A real Mattermost answers rate limiting in plain text, not with its JSON AppError body.
      sendText(res, 429, '429 Too Many Requests', 'text/plain; charset=utf-8', {
        ...headers,
        'Retry-After': seconds,
        'X-Ratelimit-Remaining': '0',
        'X-Ratelimit-Reset': seconds,
      });
      return 429;
    }
    if (fault)
      throw new MattermostApiError(
        fault.status,
        'app.double.injected_failure.app_error',
        'An internal error occurred.',
        'injected by MattermostDouble.failNext',
      );
    if (method === 'GET' && apiPath === '/system/ping') {
      sendJson(res, 200, { status: 'OK' }, headers);
      return 200;
    }
    const user = this.authenticate(req);
    const found = findRoute(method, apiPath);
    if (!found) throw apiErrors.notFound();
    const body = method === 'GET' ? Buffer.alloc(0) : await readBody(req);
    const result = found.route.handle({
      store: this.store,
      user,
      params: found.params,
      query: url.searchParams,
      body,
      contentType: req.headers['content-type'],
    });
    sendJson(res, result.status, result.body, headers);
    return result.status;
  }

  private authenticate(req: IncomingMessage): DoubleUser {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const user = match ? this.store.userByToken(match[1]) : undefined;
    if (!user) throw apiErrors.sessionExpired();
    return user;
  }

  private takeFault(apiPath: string): MattermostFault | undefined {
    const entry = this.faults.find((f) => f.remaining > 0 && (!f.fault.path || f.fault.path.test(apiPath)));
    if (!entry) return undefined;
    entry.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return entry.fault;
  }

  // Plain JSON for scripts in other processes: no auth, no faults, not logged.
  private async handleInspection(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /_double/posts') {
      const channelId = url.searchParams.get('channel_id') ?? undefined;
      return sendJson(res, 200, this.posts({ channelId }));
    }
    if (route === 'GET /_double/state') {
      return sendJson(res, 200, {
        users: this.users(),
        channels: this.channels().map((c) => ({ ...c, member_ids: [...(this.store.members.get(c.id) ?? [])] })),
        posts: this.posts(),
        files: this.files().map(({ content: _content, ...info }) => info),
        requests: this.requestLog(),
      });
    }
    if (route === 'POST /_double/seed') {
      try {
        return sendJson(res, 201, this.seed(JSON.parse((await readBody(req)).toString('utf8'))));
      } catch (error) {
        return sendJson(res, 400, { message: error instanceof Error ? error.message : String(error) });
      }
    }
    if (await answerIntegrationRoute(this, route, req, res, url)) return;
    if (route === 'POST /_double/reset') {
      this.reset();
      return sendJson(res, 200, { status: 'OK' });
    }
    sendJson(res, 404, { message: `unknown inspection route ${route}` });
  }
}

function toApiError(error: unknown): MattermostApiError {
  if (error instanceof MattermostApiError) return error;
  if (error instanceof BodyTooLargeError) return apiErrors.tooLarge();
  return apiErrors.internal(error instanceof Error ? error.message : String(error));
}
