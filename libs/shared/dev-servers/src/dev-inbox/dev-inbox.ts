import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { close, listen, readBody, sendJson, sendText } from '../http/http-io';
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
    if (req.method === 'POST' && pathname === '/mattermost/users') return void this.addUser(req, res);
    if (req.method !== 'GET') return sendJson(res, 405, { message: 'Méthode non permise' }, { Allow: 'GET' });
    if (pathname === '/api/emails') return sendJson(res, 200, this.emails());
    if (pathname === '/api/mattermost/posts') return sendJson(res, 200, this.mattermost.posts());
    const html = 'text/html; charset=utf-8';
    if (pathname === '/') return sendText(res, 200, this.page(), html);
    const emailMatch = /^\/emails\/([^/]+)$/.exec(pathname);
    const message = emailMatch && this.mail.messages().find((m) => m.id === decodeURIComponent(emailMatch[1]));
    if (message) return sendText(res, 200, renderEmailPage(message), html);
    sendText(res, 404, 'Page introuvable', 'text/plain; charset=utf-8');
  }

  private page(notice?: string): string {
    const view = { posts: this.mattermost.posts(), channels: this.mattermost.channels(), users: this.mattermost.users() };
    return renderInboxPage(this.mail.messages(), view, notice);
  }

  /** The page's form: a person the local Mattermost knows, so that their direct messages are delivered. */
  private async addUser(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
    const username = (form.get('username') ?? '').trim().replace(/^@/, '').toLowerCase();
    const email = (form.get('email') ?? '').trim() || undefined;
    const html = 'text/html; charset=utf-8';
    // Mattermost's own rule for usernames: 3 to 22 characters, a letter first, then letters, digits, . _ -
    if (!/^[a-z][a-z0-9._-]{2,21}$/.test(username)) {
      return sendText(
        res,
        400,
        this.page(
          `« ${username} » n'est pas un nom d'utilisateur Mattermost (3 à 22 caractères, une lettre d'abord, puis lettres, chiffres, . _ -).`,
        ),
        html,
      );
    }
    if (this.mattermost.users().some((u) => u.username === username)) {
      return sendText(res, 409, this.page(`@${username} existe déjà dans le Mattermost local.`), html);
    }
    const user = this.mattermost.addUser({ username, email });
    // A person of the community is in its channel: there they read the posts, click the buttons and type /cercle.
    for (const channel of this.mattermost.channels().filter((c) => c.type !== 'D')) this.mattermost.addMember(channel.id, user.id);
    sendText(
      res,
      201,
      this.page(
        `@${user.username} ajouté (identifiant ${user.id}), membre des canaux : ses messages directs seront remis et il peut taper /cercle.`,
      ),
      html,
    );
  }

  // Without the raw message nor attachment bytes: the JSON is for listing and asserting, not for downloading.
  private emails() {
    return this.mail.messages().map(({ raw: _raw, attachments, ...message }) => ({
      ...message,
      attachments: attachments.map(({ content: _content, ...attachment }) => attachment),
    }));
  }
}
