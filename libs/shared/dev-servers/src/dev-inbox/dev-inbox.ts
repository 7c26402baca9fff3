import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { close, listen, sendJson, sendText } from '../http/http-io';
import type { MailCatcher } from '../mail-catcher/mail-catcher';
import type { MattermostDouble } from '../mattermost-double/mattermost-double';
import { renderEmailPage, renderInboxPage } from './inbox-page';

/**
 * A web page showing a person what the local Cercle sent: the emails a MailCatcher caught and the posts
 * a MattermostDouble holds, both living in the same process (the dev launcher).
 */
export class DevInbox {
  private server?: Server;

  constructor(
    private readonly mail: MailCatcher,
    private readonly mattermost: MattermostDouble,
  ) {}

  async start(port = 0, host = '127.0.0.1'): Promise<{ url: string }> {
    if (this.server) throw new Error('DevInbox already started');
    const server = createServer((req, res) => this.handle(req, res));
    const actualPort = await listen(server, port, host);
    this.server = server;
    return { url: `http://${host}:${actualPort}` };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await close(server);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const { pathname } = new URL(req.url ?? '/', 'http://inbox');
    if (req.method !== 'GET') return sendJson(res, 405, { message: 'Méthode non permise' }, { Allow: 'GET' });
    if (pathname === '/api/emails') return sendJson(res, 200, this.emails());
    if (pathname === '/api/mattermost/posts') return sendJson(res, 200, this.mattermost.posts());
    const html = 'text/html; charset=utf-8';
    if (pathname === '/') {
      const view = { posts: this.mattermost.posts(), channels: this.mattermost.channels(), users: this.mattermost.users() };
      return sendText(res, 200, renderInboxPage(this.mail.messages(), view), html);
    }
    const emailMatch = /^\/emails\/([^/]+)$/.exec(pathname);
    const message = emailMatch && this.mail.messages().find((m) => m.id === decodeURIComponent(emailMatch[1]));
    if (message) return sendText(res, 200, renderEmailPage(message), html);
    sendText(res, 404, 'Page introuvable', 'text/plain; charset=utf-8');
  }

  // Without the raw message nor attachment bytes: the JSON is for listing and asserting, not for downloading.
  private emails() {
    return this.mail.messages().map(({ raw: _raw, attachments, ...message }) => ({
      ...message,
      attachments: attachments.map(({ content: _content, ...attachment }) => attachment),
    }));
  }
}
