import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '@cercle/testing';

const root = join(__dirname, '..', '..', '..');

export interface Launcher {
  lines: string[];
  /** The value printed after a label of the ready banner ("Canal Mattermost", "Jeton administrateur"…). */
  printed(label: string): string;
  /** Ctrl+C as a terminal sends it (to the whole process group); resolves with the exit code and the lines printed meanwhile. */
  interrupt(): Promise<{ code: number | null; lines: string[]; ms: number }>;
  exited: Promise<number | null>;
}

/** Every port the launcher opens, free ones, and the data folder: one launcher's whole environment. */
export async function launcherEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  const port = async () => String(await freePort());
  return {
    ...process.env,
    CERCLE_DATA_DIR: dataDir,
    PORT: await port(),
    EVENTS_PORT: await port(),
    MEMBERSHIP_PORT: await port(),
    NOTIFICATIONS_PORT: await port(),
    CONSOLE_PORT: await port(),
    POSTGRES_PORT: await port(),
    SMTP_PORT: await port(),
    MATTERMOST_PORT: await port(),
    INBOX_PORT: await port(),
    REDIS_URL: '',
    PUBLIC_URL: '',
    MATTERMOST_URL: '',
    MATTERMOST_TOKEN: '',
    ...extra,
  };
}

/** Runs `npm start`'s entry point in a process group of its own, as a terminal does; waits for the banner unless told not to. */
export async function startLauncher(env: NodeJS.ProcessEnv, options: { waitReady?: boolean } = {}): Promise<Launcher> {
  const child = spawn(process.execPath, ['-r', join(root, 'tools', 'register.js'), join(root, 'tools', 'dev', 'src', 'main.ts')], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  let ended = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      ended = true;
      resolve(code);
    }),
  );
  if (options.waitReady ?? true) {
    const deadline = Date.now() + 120_000;
    while (!lines.some((line) => line.includes('Ctrl+C'))) {
      if (ended || Date.now() > deadline) throw new Error(`the launcher did not start:\n${lines.join('\n')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    lines,
    exited,
    printed(label) {
      const line = lines.find((l) => l.trimStart().startsWith(label));
      if (!line) throw new Error(`the launcher printed no "${label}":\n${lines.join('\n')}`);
      return line.trimStart().slice(label.length).trim().split(/\s+/)[0];
    },
    async interrupt() {
      const before = lines.length;
      const at = Date.now();
      process.kill(-child.pid!, 'SIGINT');
      const code = await exited;
      return { code, lines: lines.slice(before), ms: Date.now() - at };
    },
  };
}
