import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BodyTooLargeError, close, listen, readBody, sendJson } from '../http/http-io';
import { MatrixApiError, matrixErrors } from './matrix-errors';
import { findMatrixRoute } from './matrix-routes';
import { MatrixStore, readMatrixState, writeMatrixState, type MatrixDoubleEvent, type MatrixDoubleRoom } from './matrix-store';
import { applyMatrixSeed } from './matrix-seed';

export type MatrixFault = { status: 429; retryAfterMs?: number; path?: RegExp } | { status: 500 | 502 | 503; path?: RegExp };

export interface MatrixDoubleOptions {
  /** The homeserver's name, the part after the colon in ids (default `cercle.localhost`). */
  serverName?: string;
  /** Keeps the double's world (users, tokens, rooms, events, account data, transactions, media) in this JSON file. */
  stateFile?: string;
}

export interface MatrixLoggedRequest {
  method: string;
  path: string;
  status: number;
}

/**
 * A local stand-in for a Matrix homeserver's client-server API, answering the calls Cercle's Matrix
 * provider makes (whoami, send with a transaction id, createRoom, m.direct account data, media upload)
 * with Synapse's status codes and error bodies: Bearer tokens only, 429 M_LIMIT_EXCEEDED with
 * `retry_after_ms` (and Retry-After) on demand, a repeated transaction id answered with the first event.
 * For tests and the dev launcher; production code must never import it.
 */
export class MatrixDouble {
  readonly store: MatrixStore;
  /** True when start() found a state file from an earlier run. */
  restored = false;
  private faults: { remaining: number; fault: MatrixFault }[] = [];
  private readonly log: MatrixLoggedRequest[] = [];
  private server?: Server;
  private baseUrl?: string;
  private saveTimer?: NodeJS.Timeout;

  constructor(private readonly options: MatrixDoubleOptions = {}) {
    this.store = new MatrixStore(options.serverName ?? 'cercle.localhost');
  }

  async start(port = 0, host = '127.0.0.1'): Promise<{ url: string }> {
    if (this.server) throw new Error('MatrixDouble already started');
    if (this.options.stateFile) this.restored = readMatrixState(this.store, this.options.stateFile);
    const server = createServer((req, res) => void this.handle(req, res));
    this.baseUrl = `http://${host}:${await listen(server, port, host)}`;
    this.server = server;
    return { url: this.baseUrl };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await close(server);
    this.saveNow();
  }

  get url(): string {
    if (!this.baseUrl) throw new Error('MatrixDouble not started');
    return this.baseUrl;
  }

  /** A user with an access token (a bot account, or a person to talk to). */
  addUser(localpart: string, token?: string): { userId: string; token: string } {
    this.changed();
    return this.store.addUser(localpart, token);
  }

  /** A room the given users have joined (the community's room, with the bot in it). */
  addRoom(room: { name: string; members: string[] }): MatrixDoubleRoom {
    this.changed();
    return this.store.addRoom(room);
  }

  /** A token of this user, for a launcher that finds its bot in a restored state. */
  tokenOf(userId: string): string | undefined {
    return [...this.store.tokens].find(([, owner]) => owner === userId)?.[0];
  }

  seed(seed: unknown): ReturnType<typeof applyMatrixSeed> {
    this.changed();
    return applyMatrixSeed(this.store, seed);
  }

  /** Events in the order they were sent, optionally those of one room. */
  events(filter: { roomId?: string } = {}): MatrixDoubleEvent[] {
    return this.store.events.filter((e) => !filter.roomId || e.roomId === filter.roomId);
  }

  rooms(): MatrixDoubleRoom[] {
    return [...this.store.rooms.values()];
  }

  /** The account data of a user (e.g. the bot's m.direct). */
  accountData(userId: string, type: string): Record<string, unknown> | undefined {
    return this.store.accountData.get(userId)?.get(type);
  }

  /** Makes the next `count` API requests (optionally only those whose path matches) fail like a homeserver would. */
  failNext(count: number, fault: MatrixFault): void {
    this.faults.push({ remaining: count, fault });
  }

  requestLog(): MatrixLoggedRequest[] {
    return [...this.log];
  }

  reset(): void {
    this.store.clear();
    this.faults = [];
    this.log.length = 0;
    this.changed();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double');
    const method = req.method ?? 'GET';
    try {
      if (url.pathname.startsWith('/_double/')) return await this.handleInspection(req, res, url);
      const body = await this.answer(req, url);
      sendJson(res, 200, body);
      this.log.push({ method, path: url.pathname, status: 200 });
      if (method !== 'GET') this.changed();
    } catch (error) {
      const apiError = toApiError(error);
      this.log.push({ method, path: url.pathname, status: apiError.statusCode });
      const retry = apiError.extra.retry_after_ms;
      const headers: Record<string, string> = retry === undefined ? {} : { 'Retry-After': String(Math.ceil(retry / 1000)) };
      if (!res.headersSent) sendJson(res, apiError.statusCode, apiError.toBody(), headers);
    }
  }

  private async answer(req: IncomingMessage, url: URL): Promise<unknown> {
    const method = req.method ?? 'GET';
    if (!url.pathname.startsWith('/_matrix/')) throw matrixErrors.unrecognized();
    const { userId, token } = this.authenticate(req);
    // Synapse limits per requester, after authentication.
    const fault = this.takeFault(url.pathname);
    if (fault?.status === 429) throw matrixErrors.limitExceeded(fault.retryAfterMs ?? 1000);
    if (fault) throw matrixErrors.unknown(fault.status, 'Internal server error (injected by MatrixDouble.failNext)');
    const route = findMatrixRoute(method, url.pathname);
    if (!route) throw matrixErrors.unrecognized();
    const body = method === 'GET' ? Buffer.alloc(0) : await readBody(req, 60 * 1024 * 1024);
    return route.handle({
      store: this.store,
      userId,
      token,
      params: route.params,
      query: url.searchParams,
      body,
      contentType: req.headers['content-type'],
      now: Date.now(),
    });
  }

  // The Authorization header only: the access_token query parameter is deprecated and Cercle never uses it.
  private authenticate(req: IncomingMessage): { userId: string; token: string } {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match) throw matrixErrors.missingToken();
    const userId = this.store.tokens.get(match[1]);
    if (!userId) throw matrixErrors.unknownToken();
    return { userId, token: match[1] };
  }

  private takeFault(path: string): MatrixFault | undefined {
    const entry = this.faults.find((f) => f.remaining > 0 && (!f.fault.path || f.fault.path.test(path)));
    if (!entry) return undefined;
    entry.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return entry.fault;
  }

  // Plain JSON for scripts in other processes: no auth, no faults, not logged.
  private async handleInspection(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /_double/events') return sendJson(res, 200, this.events({ roomId: url.searchParams.get('room_id') ?? undefined }));
    if (route === 'GET /_double/state')
      return sendJson(res, 200, {
        users: [...this.store.users.values()],
        rooms: this.rooms(),
        events: this.events(),
        requests: this.requestLog(),
      });
    if (route === 'POST /_double/seed') {
      try {
        return sendJson(res, 201, this.seed(JSON.parse((await readBody(req)).toString('utf8'))));
      } catch (error) {
        return sendJson(res, 400, { message: error instanceof Error ? error.message : String(error) });
      }
    }
    if (route === 'POST /_double/reset') {
      this.reset();
      return sendJson(res, 200, { status: 'OK' });
    }
    sendJson(res, 404, { message: `unknown inspection route ${route}` });
  }

  /** One write of the state file for a burst of changes (a fan-out sends hundreds). */
  private changed(): void {
    if (!this.options.stateFile || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.saveNow(), 200);
    this.saveTimer.unref();
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.options.stateFile) writeMatrixState(this.store, this.options.stateFile);
  }
}

function toApiError(error: unknown): MatrixApiError {
  if (error instanceof MatrixApiError) return error;
  if (error instanceof BodyTooLargeError) return matrixErrors.tooLarge();
  return matrixErrors.unknown(500, error instanceof Error ? error.message : String(error));
}
