import { randomUUID } from 'node:crypto';
import mimeFuncs from 'nodemailer/lib/mime-funcs';
import qp from 'nodemailer/lib/qp';
import type { EmailAddress } from './email-sender';

/** What a message carries once its headers are safe (see SmtpEmailSender). */
export interface MimeInput {
  from: EmailAddress;
  to: EmailAddress;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

export interface MimeMessage {
  raw: Buffer;
  envelope: { from: string; to: string[] };
  messageId: string;
}

/**
 * The message as nodemailer's MailComposer lays it out (multipart/mixed around multipart/alternative:
 * text, HTML and the calendar object, then the same object as the invite.ics attachment), written
 * directly. MailComposer builds a tree of stream nodes and normalises every header for each message,
 * which cost about 1 ms per email, a quarter of the engine's time per email; this costs a tenth of it.
 * Encoding (quoted-printable bodies, RFC 2047 words, folding) is nodemailer's own functions.
 * Returns null for what it does not handle the same way (an address outside ASCII, which nodemailer
 * turns into punycode): the caller then uses MailComposer.
 */
export function mimeMessage(input: MimeInput, date: Date, unique: () => string = randomUUID): MimeMessage | null {
  if (!isAsciiAddress(input.from.email) || !isAsciiAddress(input.to.email)) return null;
  const messageId = `<${unique()}@${input.from.email.slice(input.from.email.lastIndexOf('@') + 1)}>`;
  const mixed = `--_Cercle-${unique()}-Part_1`;
  const alternative = `--_Cercle-${unique()}-Part_2`;
  const head = [
    ...Object.entries(input.headers).map(([key, value]) => header(key, words(value))),
    header('From', address(input.from)),
    header('To', address(input.to)),
    header('Subject', words(input.subject)),
    header('Message-ID', messageId),
    header('Date', date.toUTCString().replace(/GMT/, '+0000')),
    'MIME-Version: 1.0',
  ];
  const ics = input.icalEvent;
  const parts = [
    textPart('text/plain; charset=utf-8', input.text),
    textPart('text/html; charset=utf-8', input.html),
    ...(ics ? [textPart(`text/calendar; charset=utf-8; method=${ics.method}`, ics.content)] : []),
  ];
  const body = ics
    ? multipart(mixed, [
        multipart(alternative, parts, 'Content-Type: multipart/alternative;\r\n boundary="' + alternative + '"'),
        [
          'Content-Type: application/ics; name=invite.ics',
          'Content-Disposition: attachment; filename=invite.ics',
          'Content-Transfer-Encoding: base64',
          '',
          base64Lines(ics.content),
        ].join('\r\n'),
      ])
    : multipart(alternative, parts);
  const top = ics ? `multipart/mixed; boundary="${mixed}"` : `multipart/alternative; boundary="${alternative}"`;
  const raw = [...head, header('Content-Type', top), '', body].join('\r\n');
  return { raw: Buffer.from(raw, 'utf8'), envelope: { from: input.from.email, to: [input.to.email] }, messageId };
}

function isAsciiAddress(email: string): boolean {
  return /^[\x21-\x7e]+$/.test(email);
}

function header(key: string, value: string): string {
  return mimeFuncs.foldLines(`${key}: ${value}`, 76);
}

/** As nodemailer: a plain name as it is, printable ASCII quoted, anything else an encoded word. */
function address({ name, email }: EmailAddress): string {
  if (!name) return email;
  if (/^[\w ]*$/.test(name)) return `${name} <${email}>`;
  if (/^[\x20-\x7e]*$/.test(name)) return `"${name.replace(/([\\"])/g, '\\$1')}" <${email}>`;
  return `${mimeFuncs.encodeWord(name, 'Q', 52)} <${email}>`;
}

// nodemailer's fourth parameter, `encodeAll`, is missing from @types/nodemailer. It encodes every word
// from the first one that needs it, as MailComposer does: some clients drop the space between a plain
// word and an encoded one.
const withEncodeAll = mimeFuncs as unknown as {
  encodeWords(value: string, encoding: 'Q', maxLength: number, encodeAll: boolean): string;
};

function words(value: string): string {
  return withEncodeAll.encodeWords(value, 'Q', 52, true);
}

function textPart(contentType: string, content: string): string {
  const encoded = qp.wrap(quotedPrintable(content.replace(/\r?\n|\r/g, '\r\n')), 76);
  return `Content-Type: ${contentType}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${encoded}`;
}

// Characters quoted-printable must escape (RFC 2045 §6.7): outside printable ASCII, "=", and a space or
// tab that ends a line. Same output as nodemailer's qp.encode, which walks the text byte by byte; the
// escapes of the few characters a text uses (é, ’, «) are remembered.
const QP_ESCAPED = /[^\t\r\n\x20-\x3c\x3e-\x7e]|[ \t](?=[\r\n]|$)/gu;
const qpEscapes = new Map<string, string>();

export function quotedPrintable(text: string): string {
  return text.replace(QP_ESCAPED, (char) => {
    let escaped = qpEscapes.get(char);
    if (escaped === undefined) {
      escaped = Buffer.from(char, 'utf8').toString('hex').toUpperCase().replace(/../g, '=$&');
      if (qpEscapes.size < 4096) qpEscapes.set(char, escaped);
    }
    return escaped;
  });
}

function base64Lines(content: string): string {
  return (
    Buffer.from(content, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

function multipart(boundary: string, parts: string[], contentType?: string): string {
  const inner = parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('') + `--${boundary}--\r\n`;
  return contentType ? `${contentType}\r\n\r\n${inner}` : inner;
}
