import { escapeHtml } from '../dev-inbox/inbox-page';
import type { DoublePost } from './mattermost-models';
import type { MattermostStore } from './mattermost-store';

/**
 * A post's permalink (`/_redirect/pl/<id>`, `_redirect` standing for the team, or `/<team>/pl/<id>`), as the
 * links in Cercle's posts use them. Mattermost opens its web app on the post; the double has no web app, so
 * it answers a small French page with the post, its channel and its thread: enough to follow a link by
 * hand. Null when the path is not a permalink.
 */
export function permalinkPage(store: MattermostStore, pathname: string): { status: number; html: string } | null {
  const match = /^\/[^/]+\/pl\/([a-z0-9]{26})\/?$/.exec(pathname);
  if (!match) return null;
  const post = store.posts.find((p) => p.id === match[1] && p.delete_at === 0);
  if (!post) return { status: 404, html: page('Message introuvable', '<p>Ce message n’existe pas ou a été supprimé.</p>') };
  const rootId = post.root_id || post.id;
  const thread = store.posts
    .filter((p) => (p.id === rootId || p.root_id === rootId) && p.delete_at === 0)
    .sort((a, b) => a.create_at - b.create_at);
  const channel = store.channels.get(post.channel_id);
  const items = thread.map((p) => `<li${p.id === post.id ? ' class="target"' : ''}>${line(store, p)}</li>`).join('');
  return { status: 200, html: page(`~${channel?.name ?? post.channel_id}`, `<ol>${items}</ol>`) };
}

function line(store: MattermostStore, post: DoublePost): string {
  const author = store.users.get(post.user_id)?.username ?? post.user_id;
  const when = new Date(post.create_at).toISOString();
  return `<p><strong>@${escapeHtml(author)}</strong> <time datetime="${when}">${escapeHtml(when)}</time></p><pre>${escapeHtml(post.message)}</pre>`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)} — Mattermost (double)</title>
<style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto}pre{white-space:pre-wrap}.target{background:#fff7d6}</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}
