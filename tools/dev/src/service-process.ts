import { spawn, ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ServiceName } from '@cercle/contracts';

const root = join(__dirname, '..', '..', '..');

export interface ServiceProcess {
  name: ServiceName;
  port: number;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<number | string | null>;
}

/**
 * Runs one service as its own OS process, exactly as in production but from the TypeScript sources.
 * Its pino JSON lines are passed to `onLine` so the launcher can show them readably.
 */
export function spawnService(
  name: ServiceName,
  port: number,
  env: NodeJS.ProcessEnv,
  onLine: (name: ServiceName, line: string) => void,
): ServiceProcess {
  const child = spawn(process.execPath, ['-r', join(root, 'tools', 'register.js'), join(root, 'apps', name, 'src', 'main.ts')], {
    cwd: root,
    env: withoutEmpty({ ...process.env, ...env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        onLine(name, buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
      }
    });
  }
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return { name, port, child, exited };
}

/**
 * An empty variable means "not set" to the launcher (`REDIS_URL= npm start` runs on PostgreSQL); the
 * services would read it as a value and refuse it, so it is not passed on.
 */
function withoutEmpty(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
}

/** One readable line from a pino JSON line (or the raw line when it is not JSON). */
export function formatLogLine(name: string, line: string): string | null {
  if (!line.trim()) return null;
  try {
    const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string }; reason?: string };
    const level = entry.level ?? 30;
    const tag = level >= 50 ? 'ERROR' : level >= 40 ? 'warn' : '';
    const detail = entry.err?.message ?? entry.reason ?? '';
    return `[${name}]${tag ? ` ${tag}` : ''} ${entry.msg ?? ''}${detail ? ` — ${detail}` : ''}`;
  } catch {
    return `[${name}] ${line}`;
  }
}
