import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LocalSecrets {
  LINK_SECRET: string;
  ADMIN_TOKEN: string;
  /** Shared by the console and membership (OpenID Connect sign-in); generated so that OIDC_* variables alone turn it on. */
  CONSOLE_SECRET: string;
}

/** Secrets for a local install: generated once, kept in the data folder (mode 600), reused after a restart. */
export function localSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): LocalSecrets {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  const stored: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets: LocalSecrets = {
    LINK_SECRET: env.LINK_SECRET ?? stored.LINK_SECRET ?? randomBytes(32).toString('base64url'),
    ADMIN_TOKEN: env.ADMIN_TOKEN ?? stored.ADMIN_TOKEN ?? `adm_${randomBytes(24).toString('base64url')}`,
    CONSOLE_SECRET: env.CONSOLE_SECRET ?? stored.CONSOLE_SECRET ?? randomBytes(32).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
