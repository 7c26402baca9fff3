import { createTransport } from 'nodemailer';
import { DevInbox, MailCatcher, MattermostDouble, type CaughtAttachment, type CaughtMessage, type DoublePost } from '@cercle/dev-servers';

type EmailJson = Omit<CaughtMessage, 'raw' | 'attachments'> & { attachments: Omit<CaughtAttachment, 'content'>[] };
const getJson = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

describe('DevInbox', () => {
  const mail = new MailCatcher();
  const mattermost = new MattermostDouble();
  const inbox = new DevInbox(mail, mattermost);
  let inboxUrl: string;
  let smtpPort: number;

  beforeAll(async () => {
    ({ port: smtpPort } = await mail.start());
    await mattermost.start();
    ({ url: inboxUrl } = await inbox.start());
  });
  afterAll(async () => {
    await inbox.stop();
    await mattermost.stop();
    await mail.stop();
  });

  it('lists emails and Mattermost posts as JSON and as an escaped French page', async () => {
    await createTransport({ host: '127.0.0.1', port: smtpPort, ignoreTLS: true }).sendMail({
      from: 'noreply@cercle.test',
      to: 'alice@example.org',
      subject: 'Sujet <script>alert(1)</script>',
      html: '<p>Corps</p><script>alert("corps")</script>',
      attachments: [{ filename: 'notes.pdf', content: Buffer.from('%PDF-1.4'), contentType: 'application/pdf' }],
    });
    const bot = mattermost.createBot('cercle-bot');
    const channel = mattermost.addChannel({ name: 'annonces', displayName: 'Annonces', memberIds: [bot.user.id] });
    const posted = await fetch(`${mattermost.url}/api/v4/posts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bot.token}` },
      body: JSON.stringify({ channel_id: channel.id, message: 'Annonce <img src=x onerror=alert(2)>' }),
    });
    expect(posted.status).toBe(201);

    const emails = await getJson<EmailJson[]>(`${inboxUrl}/api/emails`);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ subject: 'Sujet <script>alert(1)</script>', attachments: [{ filename: 'notes.pdf', contentType: 'application/pdf' }] });
    expect(emails[0]).not.toHaveProperty('raw');
    expect(emails[0].attachments[0]).not.toHaveProperty('content');

    const posts = await getJson<DoublePost[]>(`${inboxUrl}/api/mattermost/posts`);
    expect(posts.map((p) => p.message)).toEqual(['Annonce <img src=x onerror=alert(2)>']);

    const page = await (await fetch(`${inboxUrl}/`)).text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('Sujet &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(page).toContain('Annonce &#60;img src=x onerror=alert(2)&#62;');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');

    const detail = await (await fetch(`${inboxUrl}/emails/${encodeURIComponent(emails[0].id)}`)).text();
    expect(detail).toContain('<iframe sandbox srcdoc="&#60;p&#62;Corps&#60;/p&#62;');
    expect(detail).toContain('notes.pdf');
    expect(detail).not.toContain('<script>');
    expect((await fetch(`${inboxUrl}/emails/nope`)).status).toBe(404);
  });
});
