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
    expect(emails[0]).toMatchObject({
      subject: 'Sujet <script>alert(1)</script>',
      attachments: [{ filename: 'notes.pdf', contentType: 'application/pdf' }],
    });
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
    expect(detail).toContain('<iframe sandbox title="Version HTML" srcdoc="&#60;p&#62;Corps&#60;/p&#62;');
    expect(detail).toContain('notes.pdf');
    expect(detail).not.toContain('<script>');
    expect((await fetch(`${inboxUrl}/emails/nope`)).status).toBe(404);
  });

  it("shows an email's text part and its calendar invite as the calendar reads it", async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'METHOD:CANCEL',
      'BEGIN:VEVENT',
      'UID:occ-42@cercle',
      'SEQUENCE:3',
      'STATUS:CANCELLED',
      'SUMMARY:Forum ouvert',
      'DTSTART:20270401T070000Z',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    await createTransport({ host: '127.0.0.1', port: smtpPort, ignoreTLS: true }).sendMail({
      from: 'noreply@cercle.test',
      to: 'bob@example.org',
      subject: 'Annulation',
      text: 'Bonjour Bob,\n\nLa rencontre est annulée.',
      html: '<p>Bonjour Bob</p>',
      icalEvent: { method: 'CANCEL', content: ics },
    });
    const email = mail.messages({ to: 'bob@example.org' })[0];
    const detail = await (await fetch(`${inboxUrl}/emails/${encodeURIComponent(email.id)}`)).text();
    expect(detail).toContain('La rencontre est annulée.');
    expect(detail).toMatch(/<th>METHOD<\/th><td>CANCEL<\/td>/);
    expect(detail).toMatch(/<th>SEQUENCE<\/th><td>3<\/td>/);
    expect(detail).toContain('occ-42@cercle');
  });

  it('adds a person to the local Mattermost from its form, and refuses a bad or taken username', async () => {
    const post = (body: string) =>
      fetch(`${inboxUrl}/mattermost/users`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    const added = await post('username=%40Camille.D&email=camille%40example.org');
    expect(added.status).toBe(201);
    expect(await added.text()).toContain('@camille.d ajouté');
    expect(mattermost.users().find((u) => u.username === 'camille.d')?.email).toBe('camille@example.org');
    expect((await post('username=camille.d')).status).toBe(409);
    const bad = await post('username=%3Cx%3E');
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain('<x>');
    expect(await (await fetch(`${inboxUrl}/`)).text()).toContain('@camille.d — camille@example.org');
  });
});
