import { headerSafe } from '@cercle/notifications-domain';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { DeliveryError } from './delivery-error';
import { mimeMessage, type MimeInput, type MimeMessage } from './mime-message';
import { noDelaySocket } from './no-delay-socket';

export interface EmailAddress {
  name: string;
  email: string;
}

export interface OutgoingEmail {
  from: EmailAddress;
  to: EmailAddress;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; content: string };
  listUnsubscribe?: { url: string };
}

export interface EmailSender {
  send(msg: OutgoingEmail): Promise<{ messageId: string; response: string }>;
  close(): Promise<void>;
}

export type SmtpEmailSenderOptions = (
  { url: string } | { host: string; port: number; secure?: boolean; user?: string; password?: string }
) & {
  /** Concurrent SMTP connections kept open by the pool; default 5. */
  maxConnections?: number;
  /** Milliseconds before giving up on connecting / on a silent server; nodemailer's defaults are minutes. */
  connectionTimeoutMs?: number;
  socketTimeoutMs?: number;
};

// Node socket errors that mean "the server was not reachable this time": worth a retry.
const TRANSIENT_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'ECONNREFUSED',
  'ECONNRESET',
  'EDNS',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** SMTP reply 5xx → permanent (RFC 5321 §4.2.1); 4xx, sockets and timeouts → transient. */
export function classifySmtpError(error: unknown): DeliveryError {
  const failure = (error ?? {}) as SmtpFailure;
  const reply = failure.responseCode;
  const response = failure.response ?? failure.message ?? String(error);
  if (typeof reply === 'number' && reply >= 500 && reply < 600) {
    return new DeliveryError(`SMTP rejected the message permanently (${reply})`, {
      permanent: true,
      providerResponse: response,
      statusCode: reply,
      cause: error,
    });
  }
  if (typeof reply === 'number' && reply >= 400) {
    return new DeliveryError(`SMTP deferred the message (${reply})`, {
      permanent: false,
      providerResponse: response,
      statusCode: reply,
      cause: error,
    });
  }
  const transient = failure.code === undefined || TRANSIENT_CODES.has(failure.code);
  // EAUTH / EENVELOPE / EMESSAGE without a reply code are configuration or content errors.
  return new DeliveryError(`SMTP delivery failed (${failure.code ?? 'unknown'})`, {
    permanent: !transient,
    providerResponse: response,
    cause: error,
  });
}

function transportOptions(options: SmtpEmailSenderOptions): SMTPPool.Options {
  const common = {
    pool: true as const,
    maxConnections: options.maxConnections ?? 5,
    connectionTimeout: options.connectionTimeoutMs ?? 10_000,
    greetingTimeout: options.connectionTimeoutMs ?? 10_000,
    socketTimeout: options.socketTimeoutMs ?? 30_000,
    getSocket: noDelaySocket,
  };
  if ('url' in options) {
    const url = new URL(options.url);
    return {
      ...common,
      host: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    };
  }
  return {
    ...common,
    host: options.host,
    port: options.port,
    secure: options.secure ?? options.port === 465,
    auth: options.user ? { user: options.user, pass: options.password ?? '' } : undefined,
  };
}

/** Sends through one pooled SMTP transport; create one per integration and close it on shutdown. */
export class SmtpEmailSender implements EmailSender {
  private readonly transport: nodemailer.Transporter<SMTPPool.SentMessageInfo>;

  constructor(options: SmtpEmailSenderOptions) {
    this.transport = nodemailer.createTransport(transportOptions(options));
  }

  async send(msg: OutgoingEmail): Promise<{ messageId: string; response: string }> {
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(msg.headers ?? {})) headers[headerSafe(key)] = headerSafe(value);
    if (msg.listUnsubscribe) {
      // RFC 8058 one-click unsubscribe: mailbox providers POST to the URL without a visit.
      headers['List-Unsubscribe'] = `<${headerSafe(msg.listUnsubscribe.url)}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    try {
      const input = safe({
        from: msg.from,
        to: msg.to,
        subject: msg.subject,
        text: msg.text,
        html: msg.html,
        headers,
        icalEvent: msg.icalEvent,
      });
      const message = mimeMessage(input, new Date()) ?? (await composed(input));
      const info = await this.transport.sendMail({ envelope: message.envelope, raw: message.raw });
      return { messageId: message.messageId, response: info.response };
    } catch (error) {
      throw classifySmtpError(error);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/** Names and subject on one line: a line break in them cannot start a header of its own. */
function safe(input: MimeInput): MimeInput {
  return {
    ...input,
    from: { name: headerSafe(input.from.name), email: input.from.email },
    to: { name: headerSafe(input.to.name), email: input.to.email },
    subject: headerSafe(input.subject),
  };
}

/**
 * The message built whole (`raw`) by nodemailer, for what mimeMessage leaves to it. Whole, not streamed:
 * each of its many small pieces would be a write, and a packet of its own on a socket without Nagle's
 * algorithm.
 */
async function composed(input: MimeInput): Promise<MimeMessage> {
  const message = new MailComposer({
    // Objects, not "Name <addr>" strings: nodemailer then encodes the name and never parses it
    // as an address list, so a comma or an angle bracket in a name cannot add a recipient.
    from: { name: input.from.name, address: input.from.email },
    to: { name: input.to.name, address: input.to.email },
    subject: input.subject,
    text: input.text,
    html: input.html,
    textEncoding: 'quoted-printable',
    headers: input.headers,
    icalEvent: input.icalEvent ? { ...input.icalEvent, filename: 'invite.ics' } : undefined,
  }).compile();
  return { raw: await message.build(), envelope: message.getEnvelope() as MimeMessage['envelope'], messageId: message.messageId() };
}
