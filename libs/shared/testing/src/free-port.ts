import { createServer } from 'node:net';

/** Ports this process already handed out: the OS may offer a just-closed port again. */
const handedOut = new Set<number>();

/**
 * A TCP port nothing listens on right now (the OS picks it), for servers that cannot bind port 0,
 * never the same twice in one process.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.unref();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(chosen));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}
