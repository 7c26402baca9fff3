import { createServer } from 'node:net';

/** Whether something already listens on this local port (a second Cercle, another program). */
function inUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES'));
    server.listen(port, host, () => server.close(() => resolve(false)));
  });
}

/**
 * The launcher's variables whose port is taken, checked before anything starts: otherwise the embedded
 * PostgreSQL fails with no useful message, or a server dies with a bare EADDRINUSE that names no variable.
 */
export async function portsInUse(ports: Record<string, number>): Promise<string[]> {
  const taken: string[] = [];
  for (const [variable, port] of Object.entries(ports)) if (await inUse(port)) taken.push(`${variable}=${port}`);
  return taken;
}
