import type { ConsoleConfig } from './console.config';
import { ConsoleSession } from './session/console-session.entity';
import { consoleMigrations } from './migrations';

/** The console's own schema: its sessions, nothing else. */
export function consoleDatabase(config: ConsoleConfig) {
  return { clientUrl: config.DATABASE_URL, schema: 'console', entities: [ConsoleSession], migrations: consoleMigrations };
}
