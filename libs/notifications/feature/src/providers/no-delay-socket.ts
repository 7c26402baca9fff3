import { connect, type Socket } from 'node:net';

interface SocketRequest {
  host?: string;
  port?: number;
  connectionTimeout?: number;
}

/**
 * nodemailer's `getSocket` hook: a TCP connection to the SMTP server with Nagle's algorithm off. With
 * it on, each small SMTP command waits for the peer's delayed ACK (up to 40 ms), which caps a pooled
 * connection at about 20 messages/s whatever the sender's speed. The socket is handed over connected
 * (`connection`), so nodemailer still upgrades it to TLS for smtps or STARTTLS as it would its own.
 */
export function noDelaySocket(options: SocketRequest, callback: (error: Error | null, socket?: { connection: Socket }) => void): void {
  const socket = connect({ host: options.host ?? 'localhost', port: options.port ?? 587, noDelay: true });
  let settled = false;
  const settle = (error: Error | null) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    socket.removeListener('error', settle);
    if (error) {
      socket.destroy();
      // nodemailer classifies socket failures by code (transient: worth a retry).
      callback(Object.assign(error, { code: (error as NodeJS.ErrnoException).code ?? 'ECONNECTION' }));
    } else callback(null, { connection: socket });
  };
  const timer = setTimeout(
    () => settle(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })),
    options.connectionTimeout ?? 10_000,
  );
  socket.once('connect', () => settle(null));
  socket.once('error', settle);
}
