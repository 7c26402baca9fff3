import { Migration0001Sessions } from './migration-0001-sessions';

/** In order; each file is applied once (MikroORM records it). Add new ones at the end, never edit old ones. */
export const consoleMigrations = [{ name: 'Migration0001Sessions', class: Migration0001Sessions }];
