import { headerSafe } from '@cercle/notifications-domain';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { DeliveryError } from './delivery-error';
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
      // The message is built whole before it goes: streamed, each of its many small pieces would be a
      // write, and a packet of its own on a socket without Nagle's algorithm.
      const message = new MailComposer({
        // Objects, not "Name <addr>" strings: nodemailer then encodes the name and never parses it
        // as an address list, so a comma or an angle bracket in a name cannot add a recipient.
        from: { name: headerSafe(msg.from.name), address: msg.from.email },
        to: { name: headerSafe(msg.to.name), address: msg.to.email },
        subject: headerSafe(msg.subject),
        text: msg.text,
        html: msg.html,
        // Our words are mostly ASCII: quoted-printable, without scanning every message to decide it.
        textEncoding: 'quoted-printable',
        headers,
        icalEvent: msg.icalEvent ? { method: msg.icalEvent.method, content: msg.icalEvent.content, filename: 'invite.ics' } : undefined,
      }).compile();
      const raw = await message.build();
      const info = await this.transport.sendMail({ envelope: message.getEnvelope(), raw });
      return { messageId: message.messageId(), response: info.response };
    } catch (error) {
      throw classifySmtpError(error);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
