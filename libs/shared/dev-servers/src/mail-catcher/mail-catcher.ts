import { EventEmitter } from 'node:events';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { parseCaughtMessage, type CaughtMessage } from './caught-message';

export interface MailCatcherOptions {
  /**
   * When set, each accepted message is also written as `<id>.eml` (with its SMTP envelope beside it in
   * `<id>.envelope.json`, since Bcc recipients are nowhere in the message), and start() reads back the
   * messages stored by an earlier run: the dev inbox still shows yesterday's mail after a restart.
   */
  storeDir?: string;
  host?: string;
}

export interface SmtpRejection {
  /** 4xx: the client should retry later; 5xx: permanent, the client should give up. */
  code: 421 | 450 | 451 | 452 | 550 | 552 | 553 | 554;
  message?: string;
  /** When to refuse: after the whole message was sent (default) or at RCPT TO. */
  at?: 'data' | 'rcpt';
}

type SmtpError = Error & { responseCode?: number };

/**
 * A real SMTP server on localhost that keeps every message it accepts, parsed. Used by tests (assert what
 * was sent) and by the dev launcher (show it in the DevInbox); production code must never import it.
 */
export class MailCatcher {
  private readonly received: CaughtMessage[] = [];
  private readonly events = new EventEmitter();
  private rejections: { remaining: number; rejection: SmtpRejection }[] = [];
  private server?: SMTPServer;
  private address?: { port: number; host: string };

  constructor(private readonly options: MailCatcherOptions = {}) {}

  async start(port = 0): Promise<{ port: number; host: string }> {
    if (this.server) throw new Error('MailCatcher already started');
    if (this.options.storeDir) {
      await mkdir(this.options.storeDir, { recursive: true });
      await this.readStored(this.options.storeDir);
    }
    this.address = await this.listen(port, this.options.host ?? '127.0.0.1');
    return { ...this.address };
  }

  async stop(): Promise<void> {
    await this.closeServer();
    this.events.removeAllListeners();
  }

  /** Stops listening (connections are refused) until resume(); simulates the mail server being down. */
  async pause(): Promise<void> {
    await this.closeServer();
  }

  /** Listens again on the same port as before, so clients configured with that port reconnect. */
  async resume(): Promise<void> {
    if (!this.address) throw new Error('MailCatcher was never started');
    if (this.server) return;
    this.address = await this.listen(this.address.port, this.address.host);
  }

  get port(): number {
    if (!this.address) throw new Error('MailCatcher not started');
    return this.address.port;
  }

  /** Messages in arrival order; with `to`, only those whose envelope names that recipient. */
  messages(filter: { to?: string } = {}): CaughtMessage[] {
    const to = filter.to?.toLowerCase();
    return this.received.filter((m) => !to || m.envelope.to.includes(to));
  }

  /** Resolves once at least `count` messages arrived; rejects after `timeoutMs` saying how many did. */
  waitForCount(count: number, timeoutMs = 5000): Promise<CaughtMessage[]> {
    if (this.received.length >= count) return Promise.resolve(this.messages());
    return new Promise((resolve, reject) => {
      const onMessage = () => {
        if (this.received.length < count) return;
        clearTimeout(timer);
        this.events.off('message', onMessage);
        resolve(this.messages());
      };
      const timer = setTimeout(() => {
        this.events.off('message', onMessage);
        const subjects = this.received.map((m) => JSON.stringify(m.subject)).join(', ');
        reject(
          new Error(
            `MailCatcher: waited ${timeoutMs} ms for ${count} message(s), ${this.received.length} arrived${subjects ? `: ${subjects}` : ''}`,
          ),
        );
      }, timeoutMs);
      this.events.on('message', onMessage);
    });
  }

  clear(): void {
    this.received.length = 0;
    this.rejections = [];
  }

  /**
   * Refuses the next `count` messages with an SMTP error code, so a client sees a transient (4xx) or
   * permanent (5xx) failure. With `at: 'rcpt'` the count is of recipients, since each RCPT TO is answered alone.
   */
  rejectNext(count: number, rejection: SmtpRejection): void {
    this.rejections.push({ remaining: count, rejection });
  }

  private listen(port: number, host: string): Promise<{ port: number; host: string }> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      banner: 'Cercle MailCatcher',
      size: 25 * 1024 * 1024,
      logger: false,
      // close() waits this long for open connections (nodemailer pools keep them) before cutting them.
      closeTimeout: 200,
      onRcptTo: (address, session, callback) => callback(this.refusal('rcpt') ?? null),
      onData: (stream, session, callback) => this.receive(stream, session, callback),
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        // A broken client connection must not crash the process that hosts the catcher.
        server.on('error', () => undefined);
        this.server = server;
        const address = server.server.address();
        resolve({ port: typeof address === 'object' && address ? address.port : port, host });
      });
    });
  }

  private closeServer(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  private receive(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const refusal = this.refusal('data');
      if (refusal) return callback(refusal);
      if (stream.sizeExceeded) return callback(smtpError(552, 'Message exceeds fixed maximum message size'));
      const envelope = {
        from: envelopeAddress(session.envelope.mailFrom),
        to: session.envelope.rcptTo.map((r) => envelopeAddress(r)),
      };
      this.store(Buffer.concat(chunks), envelope).then(
        () => callback(null),
        (error: unknown) => callback(smtpError(451, `MailCatcher could not store the message: ${String(error)}`)),
      );
    });
  }

  private async store(raw: Buffer, envelope: CaughtMessage['envelope']): Promise<void> {
    const message = await parseCaughtMessage(raw, envelope);
    if (this.options.storeDir) {
      await writeFile(
        join(this.options.storeDir, `${message.id}.envelope.json`),
        JSON.stringify({ envelope, receivedAt: message.receivedAt }),
      );
      await writeFile(join(this.options.storeDir, `${message.id}.eml`), raw);
    }
    this.received.push(message);
    this.events.emit('message', message);
  }

  /** Messages of earlier runs, in arrival order (ids sort by time); a message without its envelope file gets one from its headers. */
  private async readStored(dir: string): Promise<void> {
    const names = (await readdir(dir)).filter((name) => name.endsWith('.eml')).sort();
    for (const name of names) {
      const id = name.slice(0, -'.eml'.length);
      const raw = await readFile(join(dir, name));
      const stored = await readFile(join(dir, `${id}.envelope.json`), 'utf8').then(
        (text) => JSON.parse(text) as { envelope: CaughtMessage['envelope']; receivedAt: string },
        () => null,
      );
      const message = await parseCaughtMessage(
        raw,
        stored?.envelope ?? { from: '', to: [] },
        stored ? new Date(stored.receivedAt) : undefined,
      );
      if (!stored) message.envelope = { from: message.from, to: [...message.to, ...message.cc] };
      this.received.push({ ...message, id });
    }
  }

  private refusal(at: 'data' | 'rcpt'): SmtpError | undefined {
    const entry = this.rejections.find((r) => r.remaining > 0 && (r.rejection.at ?? 'data') === at);
    if (!entry) return undefined;
    entry.remaining -= 1;
    this.rejections = this.rejections.filter((r) => r.remaining > 0);
    const { code, message } = entry.rejection;
    return smtpError(code, message ?? (code < 500 ? 'Temporary local problem, try again later' : 'Message rejected'));
  }
}

function smtpError(code: number, message: string): SmtpError {
  return Object.assign(new Error(message), { responseCode: code });
}

function envelopeAddress(address: SMTPServerAddress | false): string {
  return address ? address.address.toLowerCase() : '';
}
