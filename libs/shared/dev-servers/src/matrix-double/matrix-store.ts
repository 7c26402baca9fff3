import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface MatrixDoubleUser {
  userId: string;
}

export interface MatrixDoubleEvent {
  eventId: string;
  roomId: string;
  sender: string;
  type: string;
  content: Record<string, unknown>;
  /** The transaction id the client sent it with. */
  txnId: string;
  originServerTs: number;
}

export interface MatrixDoubleRoom {
  roomId: string;
  name: string | null;
  creator: string;
  isDirect: boolean;
  joined: string[];
  invited: string[];
}

export interface MatrixDoubleMedia {
  mediaId: string;
  contentType: string;
  filename: string | null;
  content: Buffer;
}

/** What a homeserver keeps that the calls Cercle makes can see; plain maps, written to JSON as is. */
export class MatrixStore {
  users = new Map<string, MatrixDoubleUser>();
  tokens = new Map<string, string>();
  rooms = new Map<string, MatrixDoubleRoom>();
  events: MatrixDoubleEvent[] = [];
  /** user id → event type → content. */
  accountData = new Map<string, Map<string, Record<string, unknown>>>();
  /** `${token}\n${txnId}` → event id: a homeserver scopes transaction ids to the access token (device). */
  transactions = new Map<string, string>();
  media = new Map<string, MatrixDoubleMedia>();

  constructor(readonly serverName: string) {}

  newId(sigil: '!' | '$', withServer: boolean): string {
    const opaque = randomBytes(12).toString('base64url');
    return withServer ? `${sigil}${opaque}:${this.serverName}` : `${sigil}${opaque}`;
  }

  addUser(localpart: string, token = `syt_${randomBytes(18).toString('base64url')}`): { userId: string; token: string } {
    const userId = `@${localpart}:${this.serverName}`;
    this.users.set(userId, { userId });
    this.tokens.set(token, userId);
    return { userId, token };
  }

  addRoom(room: { name: string; members: string[] }): MatrixDoubleRoom {
    const roomId = this.newId('!', true);
    const created = { roomId, name: room.name, creator: room.members[0] ?? '', isDirect: false, joined: [...room.members], invited: [] };
    this.rooms.set(roomId, created);
    return created;
  }

  clear(): void {
    for (const map of [this.users, this.tokens, this.rooms, this.accountData, this.transactions, this.media]) map.clear();
    this.events = [];
  }
}

interface Snapshot {
  version: 1;
  users: MatrixDoubleUser[];
  tokens: Record<string, string>;
  rooms: MatrixDoubleRoom[];
  events: MatrixDoubleEvent[];
  accountData: Record<string, Record<string, Record<string, unknown>>>;
  transactions: Record<string, string>;
  media: Array<Omit<MatrixDoubleMedia, 'content'> & { content: string }>;
}

/** Reads a state file written by `writeMatrixState`; false when there is none yet. */
export function readMatrixState(store: MatrixStore, file: string): boolean {
  if (!existsSync(file)) return false;
  const s = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  if (s.version !== 1) throw new Error(`${file}: unknown Matrix double state version ${String(s.version)}`);
  store.clear();
  for (const user of s.users) store.users.set(user.userId, user);
  for (const [token, userId] of Object.entries(s.tokens)) store.tokens.set(token, userId);
  for (const room of s.rooms) store.rooms.set(room.roomId, room);
  store.events.push(...s.events);
  for (const [userId, types] of Object.entries(s.accountData)) store.accountData.set(userId, new Map(Object.entries(types)));
  for (const [key, eventId] of Object.entries(s.transactions)) store.transactions.set(key, eventId);
  for (const m of s.media) store.media.set(m.mediaId, { ...m, content: Buffer.from(m.content, 'base64') });
  return true;
}

/** Writes through a temporary file and a rename, so a crash mid-write never leaves half a state. */
export function writeMatrixState(store: MatrixStore, file: string): void {
  const snapshot: Snapshot = {
    version: 1,
    users: [...store.users.values()],
    tokens: Object.fromEntries(store.tokens),
    rooms: [...store.rooms.values()],
    events: store.events,
    accountData: Object.fromEntries([...store.accountData].map(([userId, types]) => [userId, Object.fromEntries(types)])),
    transactions: Object.fromEntries(store.transactions),
    media: [...store.media.values()].map((m) => ({ ...m, content: m.content.toString('base64') })),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(snapshot));
  renameSync(`${file}.tmp`, file);
}
