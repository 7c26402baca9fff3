import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { noDelaySocket } from './no-delay-socket';

// smtp-server's own test certificate: the client accepts it, the point is the TLS handshake on our socket.
async function sendThrough(secure: boolean): Promise<{ accepted: string[]; tls: boolean }> {
  const received: Array<{ to: string; tls: boolean }> = [];
  const server = new SMTPServer({
    secure,
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo[0].address, tls: session.secure });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  const transport = nodemailer.createTransport({
    pool: true,
    host: '127.0.0.1',
    port,
    secure,
    tls: { rejectUnauthorized: false },
    getSocket: noDelaySocket,
  });
  try {
    await transport.sendMail({ from: 'cercle@cercle.example', to: 'alice@example.org', subject: 'Bonjour', text: 'Bonjour' });
    return { accepted: received.map((r) => r.to), tls: received.every((r) => r.tls) };
  } finally {
    transport.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('noDelaySocket', () => {
  it('carries a message upgraded with STARTTLS', async () => {
    expect(await sendThrough(false)).toEqual({ accepted: ['alice@example.org'], tls: true });
  });

  it('carries a message over implicit TLS (smtps)', async () => {
    expect(await sendThrough(true)).toEqual({ accepted: ['alice@example.org'], tls: true });
  });
});
