import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import qp from 'nodemailer/lib/qp';
import { mimeMessage, quotedPrintable, type MimeInput } from './mime-message';

const ics = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', `DESCRIPTION:${'Séance de lecture à voix haute, '.repeat(6)}`, 'END:VCALENDAR', ''].join(
  '\r\n',
);

function input(overrides: Partial<MimeInput> = {}): MimeInput {
  return {
    from: { name: 'Cercle des lecteurs', email: 'cercle@cercle.example' },
    to: { name: 'Zoé « la Grande » Müller', email: 'zoe@example.org' },
    subject: 'Annonce : séance du jeudi 12 mars, 18 h 30 — inscrivez-vous, il reste des places !',
    text: `Bonjour Zoé,\n\nLa séance aura lieu jeudi.${' Un texte assez long pour être replié.'.repeat(5)}\r\nRépondre : https://cercle.example/r/${'t'.repeat(120)}\n= fin =  \n`,
    html: `<p>Bonjour Zoé,</p>\n<p><a href="https://cercle.example/r/${'t'.repeat(120)}">Répondre</a></p>\t\n`,
    headers: {
      'X-Cercle-Kind': 'announcement',
      'List-Unsubscribe': `<https://cercle.example/u/${'u'.repeat(90)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    icalEvent: { method: 'REQUEST', content: ics },
    ...overrides,
  };
}

async function viaNodemailer(msg: MimeInput): Promise<ParsedMail> {
  const composer = new MailComposer({
    from: { name: msg.from.name, address: msg.from.email },
    to: { name: msg.to.name, address: msg.to.email },
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    textEncoding: 'quoted-printable',
    headers: msg.headers,
    icalEvent: msg.icalEvent ? { ...msg.icalEvent, filename: 'invite.ics' } : undefined,
  }).compile();
  return simpleParser(await composer.build());
}

function built(msg: MimeInput): Buffer {
  const message = mimeMessage(msg, new Date('2026-03-01T10:00:00Z'));
  if (!message) throw new Error('expected a message');
  return message.raw;
}

// What a reader's mail client sees, minus what differs by construction (Message-ID, Date, boundaries).
function seen(mail: ParsedMail) {
  const one = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a.flatMap((x) => x.value) : (a?.value ?? []));
  return {
    from: one(mail.from),
    to: one(mail.to),
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    kind: mail.headers.get('x-cercle-kind'),
    unsubscribe: mail.headers.get('list-unsubscribe'),
    unsubscribePost: mail.headers.get('list-unsubscribe-post'),
    attachments: mail.attachments.map((a) => ({ type: a.contentType, name: a.filename, content: a.content.toString('utf8') })),
  };
}

describe('mimeMessage, the message written without MailComposer', () => {
  it('reads, once parsed, exactly as the message nodemailer composes from the same input', async () => {
    const msg = input();
    expect(seen(await simpleParser(built(msg)))).toEqual(seen(await viaNodemailer(msg)));
  });

  it('carries the calendar object both inline and as invite.ics, byte for byte', async () => {
    const mail = await simpleParser(built(input()));
    expect(mail.attachments.map((a) => a.content.toString('utf8'))).toContain(ics);
    expect(mail.attachments.find((a) => a.filename === 'invite.ics')?.content.toString('utf8')).toBe(ics);
    expect(built(input()).toString()).toContain('Content-Type: text/calendar; charset=utf-8; method=REQUEST');
  });

  it('without a calendar object, is text and HTML alternatives with no attachment, as nodemailer does', async () => {
    const msg = input({ icalEvent: undefined });
    const mail = await simpleParser(built(msg));
    expect(mail.attachments).toEqual([]);
    expect(seen(mail)).toEqual(seen(await viaNodemailer(msg)));
  });

  it('keeps names with commas, quotes and angle brackets to their one recipient', async () => {
    for (const name of ['Martin, Alice <eve@evil.example>', 'Le "Chef", bob@evil.example', 'Ünïcode, <x@y.z>']) {
      const msg = input({ to: { name, email: 'alice@example.org' } });
      const mail = await simpleParser(built(msg));
      expect(seen(mail).to).toEqual([{ name, address: 'alice@example.org' }]);
      expect(mimeMessage(msg, new Date())?.envelope).toEqual({ from: 'cercle@cercle.example', to: ['alice@example.org'] });
    }
  });

  it('keeps lines within 78 characters, except a single word too long to fold, and ends them with CRLF only', () => {
    const raw = built(input()).toString('utf8');
    // The unsubscribe link has no space to fold at: it stays whole on its own continuation line.
    const long = raw.split('\r\n').filter((line) => line.length > 78);
    expect(long).toEqual([` <https://cercle.example/u/${'u'.repeat(90)}>`]);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives each message its own Message-ID on the sender’s domain', () => {
    const ids = [1, 2, 3].map(() => mimeMessage(input(), new Date())?.messageId);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^<[^@<>]+@cercle\.example>$/);
  });

  it('leaves an address outside ASCII to nodemailer (which turns its domain into punycode)', () => {
    expect(mimeMessage(input({ to: { name: 'Zoé', email: 'zoe@exämple.org' } }), new Date())).toBeNull();
  });

  it('encodes quoted-printable exactly as nodemailer does', () => {
    const samples = ['', 'a=b', 'fin  \r\nsuite\t\r\n', 'espace final ', 'Zoé « là » — 😀 \u0000\u007f', '=\r\n=', '\t\t\n \r'];
    for (const text of samples) expect(quotedPrintable(text)).toBe(qp.encode(text));
  });
});
