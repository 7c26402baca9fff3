import { spawn, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@cercle/testing';

export interface PostgresServer {
  url: string;
  /** Stops PostgreSQL and starts it again on the same port and data. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const root = join(__dirname, '..', '..');

function spawnPostgres(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['-r', join(root, 'tools', 'register.js'), join(__dirname, 'postgres-process.ts'), dataDir, String(port)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve({ child, url: JSON.parse(line).url });
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`PostgreSQL process exited (${code}): ${output}`)));
  });
}

/** A PostgreSQL of the test's own, apart from the shared one other suites use, that it may restart. */
export async function startPostgresServer(): Promise<PostgresServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cercle-pg-restart-'));
  const port = await freePort();
  let { child, url } = await spawnPostgres(dataDir, port);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return {
    url,
    async restart() {
      await stop();
      ({ child, url } = await spawnPostgres(dataDir, port));
    },
    async stop() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
