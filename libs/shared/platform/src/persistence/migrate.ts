import { MikroORM, Options } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';

/**
 * Applies the service's checked-in migrations before anything else starts (workers included). Several
 * replicas starting together serialise on an advisory lock, so a migration never runs twice at once.
 */
export async function migrateDatabase(options: Options<PostgreSqlDriver>): Promise<string[]> {
  // One pooled session: the advisory lock, the migrations and the unlock all run on it.
  const orm = await MikroORM.init({ ...options, pool: { min: 0, max: 1 } });
  const schema = options.schema as string;
  const connection = orm.em.getConnection();
  try {
    await connection.execute(`create schema if not exists "${schema}"`);
    await connection.execute(`select pg_advisory_lock(hashtext(?))`, [`cercle-migrate-${schema}`]);
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await connection.execute(`select pg_advisory_unlock(hashtext(?))`, [`cercle-migrate-${schema}`]).catch(() => undefined);
    await orm.close(true);
  }
}
