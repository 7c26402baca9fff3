import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { MailCatcher } from '@cercle/dev-servers';

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:occ-1@cercle',
  'SUMMARY:Café philo',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

function transportTo(port: number) {
  // No pool: each send opens its own connection, as the pause/resume test needs.
  return createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 2000 });
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('MailCatcher', () => {
  let storeDir: string;
  let catcher: MailCatcher;
  let port: number;

  beforeEach(async () => {
    storeDir = await mkdtemp(join(tmpdir(), 'mail-catcher-'));
    catcher = new MailCatcher({ storeDir });
    ({ port } = await catcher.start());
  });
  afterEach(async () => {
    await catcher.stop();
    await rm(storeDir, { recursive: true, force: true });
  });

  it('keeps a message with its envelope, attachment and calendar alternative, parsed', async () => {
    await transportTo(port).sendMail({
      from: '"Cercle" <noreply@cercle.test>',
      to: 'Alice <alice@example.org>',
      bcc: 'archive@example.org',
      subject: 'Séance du 12 mars <3',
      text: 'Bonjour Alice',
      html: '<p>Bonjour <b>Alice</b></p>',
      attachments: [{ filename: 'ordre-du-jour.txt', content: 'Point 1\nPoint 2', contentType: 'text/plain' }],
      icalEvent: { method: 'REQUEST', content: ICS },
    });
    const [message] = await catcher.waitForCount(1, 2000);
    expect(message).toMatchObject({
      envelope: { from: 'noreply@cercle.test', to: ['alice@example.org', 'archive@example.org'] },
      from: 'noreply@cercle.test',
      fromName: 'Cercle',
      to: ['alice@example.org'],
      subject: 'Séance du 12 mars <3',
      text: 'Bonjour Alice',
      html: '<p>Bonjour <b>Alice</b></p>',
    });
    expect(message.headers['subject']).toBe('Séance du 12 mars <3');
    const attachment = message.attachments.find((a) => a.filename === 'ordre-du-jour.txt');
    expect(attachment?.content.toString()).toBe('Point 1\nPoint 2');
    const calendar = message.attachments.find((a) => a.contentType === 'text/calendar');
    expect(calendar?.content.toString()).toContain('UID:occ-1@cercle');
    expect(message.raw.toString()).toContain('METHOD:REQUEST');
    expect(await readFile(join(storeDir, `${message.id}.eml`))).toEqual(message.raw);
  });

  it('makes the client fail with 451 for a rejected message, then accepts the next one', async () => {
    catcher.rejectNext(1, { code: 451, message: 'Greylisted, try again' });
    const transport = transportTo(port);
    const mail = { from: 'noreply@cercle.test', to: 'bob@example.org', subject: 'Rappel', text: 'x' };
    await expect(transport.sendMail(mail)).rejects.toMatchObject({ responseCode: 451, response: expect.stringContaining('Greylisted') });
    expect(catcher.messages()).toHaveLength(0);
    await transport.sendMail(mail);
    expect(catcher.messages().map((m) => m.subject)).toEqual(['Rappel']);
    expect((await readdir(storeDir)).filter((name) => name.endsWith('.eml'))).toHaveLength(1);
  });

  it('reads back the messages of an earlier run, with their Bcc envelope, in arrival order', async () => {
    const transport = transportTo(port);
    await transport.sendMail({
      from: 'noreply@cercle.test',
      to: 'alice@example.org',
      bcc: 'hidden@example.org',
      subject: 'Premier',
      text: '1',
    });
    await transport.sendMail({ from: 'noreply@cercle.test', to: 'bob@example.org', subject: 'Second', text: '2' });
    const before = catcher.messages();
    await catcher.stop();

    const again = new MailCatcher({ storeDir });
    await again.start();
    try {
      const after = again.messages();
      expect(after.map((m) => [m.id, m.subject, m.envelope.to, m.receivedAt.toISOString()])).toEqual(
        before.map((m) => [m.id, m.subject, m.envelope.to, m.receivedAt.toISOString()]),
      );
      expect(again.messages({ to: 'hidden@example.org' }).map((m) => m.subject)).toEqual(['Premier']);
    } finally {
      await again.stop();
    }
  });

  it('can refuse permanently at RCPT TO', async () => {
    catcher.rejectNext(1, { code: 550, message: 'No such user', at: 'rcpt' });
    const sent = transportTo(port).sendMail({ from: 'noreply@cercle.test', to: 'ghost@example.org', subject: 's', text: 'x' });
    await expect(sent).rejects.toMatchObject({ responseCode: 550 });
  });

  it('refuses connections while paused and listens again on the same port', async () => {
    await catcher.pause();
    expect(await portIsOpen(port)).toBe(false);
    await expect(
      transportTo(port).sendMail({ from: 'a@cercle.test', to: 'b@example.org', subject: 'down', text: 'x' }),
    ).rejects.toMatchObject({
      code: 'ESOCKET',
    });
    await catcher.resume();
    expect(catcher.port).toBe(port);
    await transportTo(port).sendMail({ from: 'a@cercle.test', to: 'b@example.org', subject: 'back', text: 'x' });
    expect(catcher.messages({ to: 'B@example.org' }).map((m) => m.subject)).toEqual(['back']);
  });

  it('says how many messages arrived when waitForCount times out', async () => {
    await transportTo(port).sendMail({ from: 'a@cercle.test', to: 'b@example.org', subject: 'only one', text: 'x' });
    await expect(catcher.waitForCount(2, 300)).rejects.toThrow('waited 300 ms for 2 message(s), 1 arrived: "only one"');
    catcher.clear();
    expect(catcher.messages()).toEqual([]);
  });
});
