import { z } from 'zod';
import { apiErrors, MattermostApiError } from './mattermost-ids';
import type { DoubleChannel, DoublePost, DoubleUser } from './mattermost-models';
import type { MattermostStore } from './mattermost-store';
import { boundaryOf, parseMultipart } from './multipart';
import { teamRoutes } from './team-routes';

/** What a route sees: the authenticated user, the path parameters, the query and the raw body. */
export interface RouteContext {
  store: MattermostStore;
  user: DoubleUser;
  params: string[];
  query: URLSearchParams;
  body: Buffer;
  contentType: string | undefined;
}

export interface RouteResult {
  status: number;
  body: unknown;
}

export interface Route {
  method: string;
  path: RegExp;
  handle: (ctx: RouteContext) => RouteResult;
}

const ID = '([a-z0-9]{26})';
const ok = (body: unknown): RouteResult => ({ status: 200, body });
const created = (body: unknown): RouteResult => ({ status: 201, body });

// Only the endpoints Cercle's chat provider calls through Client4; anything else answers 404 as
// a real server does for an unknown route, so a new call shows up as a failing test, not a silent pass.
const routes: Route[] = [
  { method: 'GET', path: /^\/users\/me$/, handle: ({ user }) => ok(user) },
  { method: 'GET', path: new RegExp(`^/users/${ID}$`), handle: ({ store, params }) => ok(requireUser(store.users.get(params[0]))) },
  {
    method: 'GET',
    path: /^\/users\/username\/([^/]+)$/,
    handle: ({ store, params }) => ok(requireUser(store.findUser((u) => u.username === decodeURIComponent(params[0]).toLowerCase()))),
  },
  {
    method: 'GET',
    path: /^\/users\/email\/([^/]+)$/,
    handle: ({ store, params }) => ok(requireUser(store.findUser((u) => u.email === decodeURIComponent(params[0]).toLowerCase()))),
  },
  {
    method: 'POST',
    path: /^\/users\/ids$/,
    handle: ({ store, body }) => ok(parseJson(body, z.array(z.string()), 'user_ids').flatMap((id) => store.users.get(id) ?? [])),
  },
  {
    method: 'POST',
    path: /^\/users\/usernames$/,
    handle: ({ store, body }) => {
      const names = new Set(parseJson(body, z.array(z.string()), 'usernames').map((n) => n.toLowerCase()));
      return ok([...store.users.values()].filter((u) => names.has(u.username)));
    },
  },
  {
    method: 'GET',
    path: new RegExp(`^/channels/${ID}$`),
    handle: ({ store, user, params }) => ok(readableChannel(store, user, params[0])),
  },
  {
    method: 'GET',
    path: new RegExp(`^/channels/${ID}/posts$`),
    handle: ({ store, user, params, query }) => {
      const channel = readableChannel(store, user, params[0]);
      const page = Number(query.get('page') ?? 0);
      const perPage = Number(query.get('per_page') ?? 60);
      const newestFirst = store.filterPosts({ channelId: channel.id }).reverse();
      return ok(postList(newestFirst.slice(page * perPage, (page + 1) * perPage)));
    },
  },
  {
    method: 'POST',
    path: /^\/channels\/direct$/,
    handle: ({ store, user, body }) => {
      const ids = parseJson(body, z.tuple([z.string(), z.string()]), 'user_ids');
      if (!ids.every((id) => store.users.has(id))) throw apiErrors.invalidParam('user_ids');
      // A user may open a DM only if they are one of its two members (bots included).
      if (!ids.includes(user.id)) throw apiErrors.forbidden();
      return created(store.directChannel(ids[0], ids[1], user.id));
    },
  },
  {
    method: 'POST',
    path: /^\/posts$/,
    handle: ({ store, user, body }) => created(forClient(store.createPost(user.id, parseJson(body, newPostSchema, 'post')))),
  },
  {
    method: 'GET',
    path: new RegExp(`^/posts/${ID}$`),
    handle: ({ store, user, params }) => ok(forClient(readablePost(store, user, params[0]))),
  },
  {
    // Mattermost v4 "Patch a post": only the fields given change; editing someone else's post needs
    // edit_others_posts, which a bot posting its own index does not have.
    method: 'PUT',
    path: new RegExp(`^/posts/${ID}/patch$`),
    handle: ({ store, user, params, body }) => {
      const post = readablePost(store, user, params[0]);
      if (post.user_id !== user.id) throw apiErrors.forbidden();
      return ok(forClient(store.patchPost(post, parseJson(body, postPatchSchema, 'post'))));
    },
  },
  {
    method: 'GET',
    path: new RegExp(`^/posts/${ID}/thread$`),
    handle: ({ store, user, params }) => {
      const post = readablePost(store, user, params[0]);
      const rootId = post.root_id || post.id;
      return ok(postList(store.filterPosts({ rootId }).reverse()));
    },
  },
  { method: 'POST', path: /^\/files$/, handle: uploadFiles },
  ...teamRoutes,
];

const postPatchSchema = z.object({
  message: z.string().optional(),
  is_pinned: z.boolean().optional(),
  file_ids: z.array(z.string()).max(10).optional(),
  props: z.record(z.string(), z.unknown()).optional(),
});

const newPostSchema = z.object({
  channel_id: z.string().min(1),
  message: z.string(),
  root_id: z.string().optional(),
  props: z.record(z.string(), z.unknown()).optional(),
  file_ids: z.array(z.string()).max(10).optional(),
});

export function findRoute(method: string, apiPath: string): { route: Route; params: string[] } | undefined {
  for (const route of routes) {
    const match = route.method === method ? route.path.exec(apiPath) : null;
    if (match) return { route, params: match.slice(1) };
  }
  return undefined;
}

function uploadFiles({ store, user, body, contentType, query }: RouteContext): RouteResult {
  const boundary = boundaryOf(contentType);
  if (!contentType?.startsWith('multipart/form-data') || !boundary) {
    throw new MattermostApiError(
      400,
      'api.file.upload_file.incorrect_content_type.app_error',
      'Unable to upload file(s). Incorrect Content-Type.',
    );
  }
  let parts;
  try {
    parts = parseMultipart(body, boundary);
  } catch (error) {
    throw new MattermostApiError(
      400,
      'api.file.upload_file.read_request.app_error',
      'Unable to upload file(s). Error reading request.',
      String(error),
    );
  }
  const channelId = parts.find((p) => p.name === 'channel_id')?.content.toString('utf8') ?? query.get('channel_id') ?? '';
  if (!channelId) throw apiErrors.invalidParam('channel_id');
  if (!store.channels.has(channelId)) throw apiErrors.channelNotFound(channelId);
  if (!store.isMember(channelId, user.id)) throw apiErrors.forbidden();
  const files = parts.filter((p) => p.name === 'files' && p.filename !== undefined);
  if (files.length === 0)
    throw new MattermostApiError(400, 'api.file.upload_file.no_files.app_error', 'Unable to upload file(s). No files provided.');
  const clientIds = parts.filter((p) => p.name === 'client_ids').map((p) => p.content.toString('utf8'));
  const infos = files.map((f) => store.addFile(user.id, channelId, f.filename as string, f.contentType, Buffer.from(f.content)));
  return created({ file_infos: infos, client_ids: clientIds });
}

function parseJson<T>(body: Buffer, schema: z.ZodType<T>, param: string): T {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw apiErrors.invalidBody(param, String(error));
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw apiErrors.invalidBody(param, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

function requireUser(user: DoubleUser | undefined): DoubleUser {
  if (!user) throw apiErrors.userNotFound();
  return user;
}

// Public channels are readable by everyone in the team; private ones and DMs only by their members.
function readableChannel(store: MattermostStore, user: DoubleUser, channelId: string): DoubleChannel {
  const channel = store.channels.get(channelId);
  if (!channel) throw apiErrors.channelNotFound(channelId);
  if (channel.type !== 'O' && !store.isMember(channelId, user.id)) throw apiErrors.forbidden();
  return channel;
}

function readablePost(store: MattermostStore, user: DoubleUser, postId: string): DoublePost {
  const post = store.posts.find((p) => p.id === postId);
  if (!post) throw apiErrors.postNotFound();
  readableChannel(store, user, post.channel_id);
  return post;
}

/** Mattermost's PostList: ids in `order` (newest first), the posts themselves keyed by id. */
function postList(posts: DoublePost[]) {
  return {
    order: posts.map((p) => p.id),
    posts: Object.fromEntries(posts.map((p) => [p.id, forClient(p)])),
    next_post_id: '',
    prev_post_id: '',
    has_next: false,
    first_inaccessible_post_time: 0,
  };
}

/**
 * A post as the API shows it to any client: Mattermost strips each button's `integration` (URL and
 * context) so that only the server, which calls the integration, ever knows them; a client cannot read
 * a button's signed context and replay it under someone else's user id.
 */
function forClient(post: DoublePost): DoublePost {
  const attachments = (post.props as { attachments?: unknown } | undefined)?.attachments;
  if (!Array.isArray(attachments)) return post;
  const stripped = attachments.map((attachment: { actions?: unknown }) =>
    Array.isArray(attachment?.actions)
      ? { ...attachment, actions: attachment.actions.map(({ integration: _integration, ...action }: Record<string, unknown>) => action) }
      : attachment,
  );
  return { ...post, props: { ...post.props, attachments: stripped } };
}
