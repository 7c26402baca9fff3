import { matrixErrors, ROOM_ID, USER_ID } from './matrix-errors';
import type { MatrixStore } from './matrix-store';

/** What a route sees: the authenticated user and token, the path parameters (decoded), the query and the raw body. */
export interface MatrixRouteContext {
  store: MatrixStore;
  userId: string;
  token: string;
  params: string[];
  query: URLSearchParams;
  body: Buffer;
  contentType: string | undefined;
  now: number;
}

interface Route {
  method: string;
  path: RegExp;
  handle: (ctx: MatrixRouteContext) => unknown;
}

const CLIENT = '/_matrix/client/v3';
const SEGMENT = '([^/]+)';
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

function jsonObject(body: Buffer): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw matrixErrors.notJson();
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw matrixErrors.badJson('Content must be a JSON object.');
  return value as Record<string, unknown>;
}

function sendEvent({ store, userId, token, params, body, now }: MatrixRouteContext): unknown {
  const [roomId, type, txnId] = params;
  // The homeserver answers a transaction it already processed with the same event, whatever the body.
  const done = store.transactions.get(`${token}\n${txnId}`);
  if (done) return { event_id: done };
  const room = store.rooms.get(roomId);
  if (!room?.joined.includes(userId)) throw matrixErrors.forbidden(`User ${userId} not in room ${roomId}`);
  const content = jsonObject(body);
  checkRelation(store, roomId, userId, content);
  const eventId = store.newId('$', false);
  store.events.push({ eventId, roomId, sender: userId, type, content, txnId, originServerTs: now });
  store.transactions.set(`${token}\n${txnId}`, eventId);
  return { event_id: eventId };
}

// Synapse refuses a thread reply whose root is unknown in the room or is itself inside a thread.
function checkRelation(store: MatrixStore, roomId: string, sender: string, content: Record<string, unknown>): void {
  const relation = content['m.relates_to'] as { rel_type?: string; event_id?: string } | undefined;
  if (relation?.rel_type === 'm.replace') {
    // An edit whose original is unknown, or someone else's, is never shown by clients: refuse it here so a test sees it.
    const original = store.events.find((e) => e.eventId === relation.event_id && e.roomId === roomId);
    if (!original || original.sender !== sender)
      throw matrixErrors.badJson(`Edited event ${String(relation.event_id)} is not one of yours in room ${roomId}`);
    return;
  }
  if (relation?.rel_type !== 'm.thread') return;
  const root = store.events.find((e) => e.eventId === relation.event_id && e.roomId === roomId);
  if (!root) throw matrixErrors.badJson(`Thread root ${String(relation.event_id)} is not in room ${roomId}`);
  if ((root.content['m.relates_to'] as { rel_type?: string } | undefined)?.rel_type === 'm.thread')
    throw matrixErrors.unknown(400, 'Cannot start threads from an event with a relation');
}

function createRoom({ store, userId, body }: MatrixRouteContext): unknown {
  const options = jsonObject(body);
  const invite = options.invite ?? [];
  if (!Array.isArray(invite) || !invite.every((id) => typeof id === 'string' && USER_ID.test(id)))
    throw matrixErrors.invalidParam('Invalid user_id in invite');
  const roomId = store.newId('!', true);
  store.rooms.set(roomId, {
    roomId,
    name: typeof options.name === 'string' ? options.name : null,
    creator: userId,
    isDirect: options.is_direct === true,
    joined: [userId],
    invited: invite as string[],
  });
  return { room_id: roomId };
}

function accountData(write: boolean) {
  return ({ store, userId, params, body }: MatrixRouteContext): unknown => {
    const [owner, type] = params;
    if (owner !== userId) throw matrixErrors.forbidden(`Cannot ${write ? 'add' : 'get'} account data for other users.`);
    const types = store.accountData.get(userId) ?? new Map<string, Record<string, unknown>>();
    if (write) {
      types.set(type, jsonObject(body));
      store.accountData.set(userId, types);
      return {};
    }
    const content = types.get(type);
    if (!content) throw matrixErrors.notFound('Account data not found');
    return content;
  };
}

function upload({ store, query, body, contentType }: MatrixRouteContext): unknown {
  if (body.length > MAX_UPLOAD_BYTES) throw matrixErrors.tooLarge();
  const mediaId = store.newId('$', false).slice(1);
  const filename = query.get('filename');
  store.media.set(mediaId, {
    mediaId,
    contentType: contentType ?? 'application/octet-stream',
    filename: filename ? safeDecode(filename) : null,
    content: body,
  });
  return { content_uri: `mxc://${store.serverName}/${mediaId}` };
}

// matrix-js-sdk encodes the file name once more than needed; a homeserver keeps what it gets.
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// Only the endpoints Cercle's Matrix provider calls; anything else answers 404 M_UNRECOGNIZED as a
// homeserver does, so a new call shows up as a failing test, not a silent pass.
const routes: Route[] = [
  { method: 'GET', path: new RegExp(`^${CLIENT}/account/whoami$`), handle: ({ userId }) => ({ user_id: userId, is_guest: false }) },
  { method: 'PUT', path: new RegExp(`^${CLIENT}/rooms/${SEGMENT}/send/${SEGMENT}/${SEGMENT}$`), handle: sendEvent },
  { method: 'POST', path: new RegExp(`^${CLIENT}/createRoom$`), handle: createRoom },
  { method: 'GET', path: new RegExp(`^${CLIENT}/user/${SEGMENT}/account_data/${SEGMENT}$`), handle: accountData(false) },
  { method: 'PUT', path: new RegExp(`^${CLIENT}/user/${SEGMENT}/account_data/${SEGMENT}$`), handle: accountData(true) },
  { method: 'POST', path: /^\/_matrix\/media\/v3\/upload$/, handle: upload },
];

/** The route for a request, its path parameters decoded; a room id that is not one is refused here. */
export function findMatrixRoute(method: string, path: string): { handle: Route['handle']; params: string[] } | undefined {
  for (const route of routes) {
    const match = route.path.exec(path);
    if (!match || route.method !== method) continue;
    const params = match.slice(1).map(safeDecode);
    if (route.handle === sendEvent && !ROOM_ID.test(params[0])) throw matrixErrors.invalidParam(`Invalid room ID: ${params[0]}`);
    return { handle: route.handle, params };
  }
  return undefined;
}
