import type { ICreateClientOpts, MatrixClient } from 'matrix-js-sdk';
import type { Fetch } from './mattermost-client';
import { classifyMatrixFailure } from './matrix-failure';
import type { MatrixEventContent } from './matrix-content';

/** m.direct account data: for each user id, the direct-message rooms with them. */
export type DirectRooms = Record<string, string[]>;

/**
 * The Matrix client-server calls Cercle makes, through matrix-js-sdk's HTTP layer (`client.http`,
 * `createRoom`, `uploadContent`, account data). Not `client.sendEvent`: that one builds a local echo
 * and expects rooms from a /sync loop a bot that only sends never runs, and we want to choose the
 * transaction id ourselves. Every failure leaves here as a classified DeliveryError.
 *
 * matrix-js-sdk 37 ships ES modules only: it is imported on first use (Node 20.20 loads it with
 * `require`, jest through the transform in jest.preset.js), so a service without Matrix never loads it.
 */
export class MatrixClientCalls {
  private client?: Promise<MatrixClient>;

  constructor(private readonly options: { homeserverUrl: string; accessToken: string; fetch?: Fetch }) {}

  /** PUT /rooms/{roomId}/send/m.room.message/{txnId}: the event id (the same one again for a repeated txn id). */
  async sendMessage(roomId: string, content: MatrixEventContent, txnId: string): Promise<string> {
    const path = `/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${encodeURIComponent(txnId)}`;
    const answer = await this.call('PUT /rooms/{roomId}/send', async (client, sdk) =>
      client.http.authedRequest<{ event_id: string }>(sdk.Method.Put, path, undefined, content),
    );
    return answer.event_id;
  }

  /** POST /createRoom: a private room flagged direct, with the person invited. */
  async createDirectRoom(userId: string): Promise<string> {
    const answer = await this.call('POST /createRoom', (client, sdk) =>
      client.createRoom({ is_direct: true, invite: [userId], preset: sdk.Preset.TrustedPrivateChat }),
    );
    return answer.room_id;
  }

  /** GET /user/{me}/account_data/m.direct (none yet: empty). */
  async directRooms(): Promise<DirectRooms> {
    const content = await this.call('GET /user/{userId}/account_data/m.direct', (client, sdk) =>
      client.getAccountDataFromServer(sdk.EventType.Direct),
    );
    return (content as DirectRooms | null) ?? {};
  }

  /** PUT /user/{me}/account_data/m.direct: replaces the whole map. */
  async setDirectRooms(rooms: DirectRooms): Promise<void> {
    await this.call('PUT /user/{userId}/account_data/m.direct', (client, sdk) => client.setAccountDataRaw(sdk.EventType.Direct, rooms));
  }

  /** POST /_matrix/media/v3/upload: the mxc:// URI of the stored file. */
  async upload(content: Buffer, name: string, mimeType: string): Promise<string> {
    const answer = await this.call('POST /upload', (client) => client.uploadContent(content, { name, type: mimeType }));
    return answer.content_uri;
  }

  private async call<T>(what: string, run: (client: MatrixClient, sdk: typeof import('matrix-js-sdk')) => Promise<T>): Promise<T> {
    try {
      const sdk = await import('matrix-js-sdk');
      return await run(await this.connect(sdk), sdk);
    } catch (error) {
      throw classifyMatrixFailure(failureOf(error), what);
    }
  }

  // The bot's user id (needed in account-data paths) comes from whoami; asked once, forgotten if it failed.
  private connect(sdk: typeof import('matrix-js-sdk')): Promise<MatrixClient> {
    if (!this.client) {
      const { homeserverUrl, accessToken, fetch } = this.options;
      const base = { baseUrl: homeserverUrl.replace(/\/+$/, ''), accessToken, fetchFn: fetch, logger: silent };
      this.client = sdk
        .createClient(base)
        .whoami()
        .then((me) => sdk.createClient({ ...base, userId: me.user_id }));
      this.client.catch(() => (this.client = undefined));
    }
    return this.client;
  }
}

// The SDK logs every request on the console; what matters reaches the delivery log as a DeliveryError.
type Logger = NonNullable<ICreateClientOpts['logger']>;
const silent: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  getChild: () => silent,
};

// MatrixError carries the status, errcode and retry hint; ConnectionError (and any other error) means
// no answer came back. The access token is in request headers only, never in these fields.
function failureOf(error: unknown): Parameters<typeof classifyMatrixFailure>[0] {
  const e = error as { httpStatus?: number; errcode?: string; data?: { retry_after_ms?: unknown }; getRetryAfterMs?: () => number | null };
  if (typeof e?.httpStatus === 'number') {
    // retry_after_ms (milliseconds, in the body) before the SDK's reading, which prefers the whole seconds of Retry-After.
    const inBody = e.data?.retry_after_ms;
    let retryAfterMs: number | null = Number.isInteger(inBody) ? (inBody as number) : null;
    try {
      retryAfterMs ??= e.getRetryAfterMs?.() ?? null;
    } catch {
      // A malformed hint: the queue's own backoff applies.
    }
    return { status: e.httpStatus, errcode: e.errcode, retryAfterMs, answer: JSON.stringify(e.data ?? {}) };
  }
  const cause = (error as { cause?: Error })?.cause?.message;
  return { answer: cause ?? (error instanceof Error ? error.message : String(error)) };
}
