import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** What `cercle init` stores: where the API is and the organiser token (a secret: the file is mode 600). */
export interface CliConfig {
  apiUrl: string;
  token: string;
  organiserId?: string;
  organiserName?: string;
}

/** `$XDG_CONFIG_HOME/cercle/config.json`, else `~/.config/cercle/config.json`; `--config` overrides both. */
export function configPath(explicit?: string): string {
  if (explicit) return explicit;
  const base = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'cercle', 'config.json');
}

export type ConfigRead = { state: 'missing' } | { state: 'invalid'; reason: string } | { state: 'ok'; config: CliConfig; mode: number };

export function readConfig(path: string): ConfigRead {
  if (!existsSync(path)) return { state: 'missing' };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CliConfig>;
    if (typeof parsed.apiUrl !== 'string' || typeof parsed.token !== 'string') return { state: 'invalid', reason: 'apiUrl, token' };
    return { state: 'ok', config: parsed as CliConfig, mode: statSync(path).mode & 0o777 };
  } catch (error) {
    return { state: 'invalid', reason: (error as Error).message };
  }
}

/** Written readable by its owner only, in a folder only they can enter: the token acts as them. */
export function writeConfig(path: string, config: CliConfig): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  // writeFileSync keeps the mode of an existing file: set it again.
  chmodSync(path, 0o600);
}
