import { connect, type Socket } from 'node:net';

interface SocketRequest {
  host?: string;
  port?: number;
}

/**
 * nodemailer's `getSocket` hook: the TCP connection to the SMTP server, with Nagle's algorithm off. With
 * it on, each small SMTP command waits for the peer's delayed ACK (up to 40 ms), which caps a pooled
 * connection at about 20 messages/s whatever the sender's speed. The socket is handed over while it
 * connects and never fails here: nodemailer attaches its own handlers at once, so a refused or lost
 * connection is reported and retried as any other (an error given back here would leave the pool's slot
 * waiting for ever), and it still upgrades the socket to TLS for smtps or STARTTLS.
 */
export function noDelaySocket(options: SocketRequest, callback: (error: Error | null, socket: { connection: Socket }) => void): void {
  callback(null, { connection: connect({ host: options.host ?? 'localhost', port: options.port ?? 587, noDelay: true }) });
}
