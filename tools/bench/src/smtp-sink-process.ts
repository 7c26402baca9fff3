import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The benchmark's SMTP sink, run as its own process so that its CPU is not the engine's or the
 * baseline's. It accepts every message (no TLS, no auth), and records, per recipient, the time the
 * message was accepted (end of DATA, this machine's clock, which the parent shares). An HTTP endpoint
 * reports what it holds: `GET /counts` (per recipient domain) and `GET /accepted?domain=d` (the
 * recipient and acceptance time of each message). It prints `{"smtp":port,"http":port}` once listening.
 */
const accepted: Array<[string, number]> = [];
const perDomain = new Map<string, number>();

const smtp = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  // Many pooled connections at once from the engine and the baseline.
  maxClients: 1000,
  onData(stream, session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      const at = Date.now();
      for (const rcpt of session.envelope.rcptTo) {
        const to = rcpt.address.toLowerCase();
        accepted.push([to, at]);
        const domain = to.slice(to.indexOf('@') + 1);
        perDomain.set(domain, (perDomain.get(domain) ?? 0) + 1);
      }
      callback();
    });
  },
});

// Nagle off on the sink's side too, for every connection (engine and baseline alike): its small replies
// would otherwise wait for the client's delayed ACK, and the sink, not the sender, would set the pace.
smtp.server.on('connection', (socket: Socket) => socket.setNoDelay(true));

const http = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://sink');
  res.setHeader('content-type', 'application/json');
  if (url.pathname === '/counts') {
    res.end(JSON.stringify(Object.fromEntries(perDomain)));
    return;
  }
  if (url.pathname === '/accepted') {
    const suffix = `@${url.searchParams.get('domain') ?? ''}`;
    res.end(JSON.stringify(accepted.filter(([to]) => to.endsWith(suffix))));
    return;
  }
  res.statusCode = 404;
  res.end('{}');
});

smtp.listen(0, '127.0.0.1', () => {
  http.listen(0, '127.0.0.1', () => {
    const port = (server: { address(): unknown }) => (server.address() as { port: number }).port;
    process.stdout.write(`${JSON.stringify({ smtp: port(smtp.server), http: port(http) })}\n`);
  });
});

process.on('SIGTERM', () => {
  http.close();
  smtp.close(() => process.exit(0));
});
