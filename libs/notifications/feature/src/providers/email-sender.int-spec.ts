import { MailCatcher } from '@cercle/dev-servers';
import { buildCalendarInvite, renderEmail, type RenderContext } from '@cercle/notifications-domain';
import { DeliveryError } from './delivery-error';
import { SmtpEmailSender, type OutgoingEmail } from './email-sender';

const ctx: RenderContext = {
  language: 'fr',
  recipient: { name: 'Alice Martin' },
  community: { name: 'ALLiaNCE' },
  occurrence: {
    id: 'occ-1',
    title: 'Rencontres ALLiaNCE',
    startsAt: '2026-03-12T09:00:00Z',
    endsAt: '2026-03-12T17:00:00Z',
    timeZone: 'Europe/Paris',
    location: 'Paris',
  },
  links: { unsubscribe: 'https://cercle.example/u/tok-1', respond: 'https://cercle.example/respond/tok-1' },
};

function message(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  const rendered = renderEmail('registrationConfirmation', ctx);
  return {
    from: { name: 'Cercle', email: 'cercle@cercle.example' },
    to: { name: 'Alice Martin', email: 'alice@example.org' },
    ...rendered,
    ...overrides,
  };
}

// Header lines of the raw message, unfolded (RFC 5322 §2.2.3).
function rawHeader(raw: Buffer, name: string): string[] {
  const head = raw
    .toString('utf8')
    .split(/\r\n\r\n/)[0]
    .replace(/\r\n[ \t]+/g, ' ');
  return head.split('\r\n').filter((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
}

describe('SmtpEmailSender against a real SMTP server', () => {
  const catcher = new MailCatcher();
  let sender: SmtpEmailSender;
  let port: number;

  beforeAll(async () => {
    ({ port } = await catcher.start());
    sender = new SmtpEmailSender({ host: '127.0.0.1', port, maxConnections: 2 });
  });
  afterAll(async () => {
    await sender.close();
    await catcher.stop();
  });
  beforeEach(() => catcher.clear());

  it('delivers subject, text, html, the calendar invite and one-click unsubscribe headers', async () => {
    const ics = buildCalendarInvite({
      uid: 'occ-1@cercle.example',
      sequence: 0,
      method: 'REQUEST',
      startsAt: ctx.occurrence.startsAt,
      endsAt: ctx.occurrence.endsAt,
      timeZone: 'Europe/Paris',
      summary: 'Rencontres ALLiaNCE',
      description: 'Forum ouvert',
      organizer: { name: 'Cercle', email: 'cercle@cercle.example' },
      attendee: { name: 'Alice Martin', email: 'alice@example.org' },
      stamp: '2026-02-01T08:00:00Z',
    });
    const result = await sender.send(
      message({
        icalEvent: { method: 'REQUEST', content: ics },
        listUnsubscribe: { url: 'https://cercle.example/u/tok-1' },
        headers: { 'X-Cercle-Delivery': 'd-1' },
      }),
    );
    expect(result.messageId).toMatch(/^<.+>$/);
    expect(result.response).toMatch(/^250/);

    const [received] = await catcher.waitForCount(1, 5000);
    expect(received.subject).toBe('Inscription confirmée : Rencontres ALLiaNCE — jeudi 12 mars 2026');
    expect(received.text).toContain('Quand : jeudi 12 mars 2026, 10:00–18:00 (heure de Paris)');
    expect(received.html).toContain('<meta name="viewport"');
    expect(received.html).toContain('href="https://cercle.example/u/tok-1"');
    expect(received.envelope.to).toEqual(['alice@example.org']);
    expect(rawHeader(received.raw, 'List-Unsubscribe')).toEqual(['List-Unsubscribe: <https://cercle.example/u/tok-1>']);
    expect(rawHeader(received.raw, 'List-Unsubscribe-Post')).toEqual(['List-Unsubscribe-Post: List-Unsubscribe=One-Click']);
    expect(rawHeader(received.raw, 'X-Cercle-Delivery')).toEqual(['X-Cercle-Delivery: d-1']);

    const raw = received.raw.toString('utf8');
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const calendar = received.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const body = calendar ? calendar.content.toString('utf8') : raw;
    expect(body).toContain('METHOD:REQUEST');
    expect(body).toContain('UID:occ-1@cercle.example');
    expect(body).toContain('DTSTART;TZID=Europe/Paris:20260312T100000');
  });

  it('does not let a Bcc: in a display name add a recipient', async () => {
    await sender.send(
      message({
        to: { name: 'Alice\r\nBcc: evil@x.example', email: 'alice@example.org' },
        from: { name: 'Cercle\nBcc: evil2@x.example', email: 'cercle@cercle.example' },
      }),
    );
    const [received] = await catcher.waitForCount(1, 5000);
    expect(received.envelope.to).toEqual(['alice@example.org']);
    expect(rawHeader(received.raw, 'Bcc')).toEqual([]);
    expect(received.to).toEqual(['alice@example.org']);
  });

  it('keeps the subject on one line even if a caller forgot headerSafe', async () => {
    await sender.send(message({ subject: 'Hello\r\nBcc: evil@x.example' }));
    const [received] = await catcher.waitForCount(1, 5000);
    expect(received.subject).toBe('Hello Bcc: evil@x.example');
    expect(received.envelope.to).toEqual(['alice@example.org']);
  });

  it('reports a 451 as a transient DeliveryError', async () => {
    catcher.rejectNext(1, { code: 451, message: 'Greylisted, try later' });
    const error = await sender.send(message()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: false, statusCode: 451 });
    expect((error as DeliveryError).providerResponse).toContain('Greylisted');
  });

  it('reports a 550 as a permanent DeliveryError', async () => {
    catcher.rejectNext(1, { code: 550, message: 'No such user' });
    const error = await sender.send(message()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: true, statusCode: 550 });
    expect((error as DeliveryError).providerResponse).toContain('No such user');
  });

  it('reports a refused connection as transient and delivers again once the server is back', async () => {
    const lonely = new MailCatcher();
    const address = await lonely.start();
    const direct = new SmtpEmailSender({ url: `smtp://${address.host}:${address.port}` });
    try {
      await lonely.pause();
      const error = await direct.send(message()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error).toMatchObject({ permanent: false });
      await lonely.resume();
      await direct.send(message());
      expect(await lonely.waitForCount(1, 5000)).toHaveLength(1);
    } finally {
      await direct.close();
      await lonely.stop();
    }
  });
});
