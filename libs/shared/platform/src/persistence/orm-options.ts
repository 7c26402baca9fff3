import { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { OutboxMessage } from '../messaging/outbox-message.entity';
import { ProcessedMessage } from '../messaging/processed-message.entity';
import { KnownToken } from '../access/known-token.entity';
import { CommunityOrganiser } from '../access/community-organiser.entity';

/**
 * MikroORM options for one service: its own PostgreSQL schema (a service never reads another's),
 * its entities plus the outbox, inbox and access tables (tokens, community organisers) every service has, and migrations listed explicitly
 * (checked in, applied at start-up, no file globbing at run time).
 */
export function ormOptions(options: {
  clientUrl: string;
  schema: string;
  entities: Options['entities'];
  migrations: MigrationObject[];
  debug?: boolean;
}): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl: options.clientUrl,
    schema: options.schema,
    entities: [...(options.entities ?? []), OutboxMessage, ProcessedMessage, KnownToken, CommunityOrganiser],
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    // While PostgreSQL restarts, a query waits for a new connection (retried every 200 ms, up to 30 s)
    // instead of failing at once: an email already sent is then marked sent when the database is back,
    // not sent again by a retry. Knex's default fails the first waiting query on each refused connect.
    pool: { min: 0, max: 10, propagateCreateError: false, createRetryIntervalMillis: 200, acquireTimeoutMillis: 30000 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.debug ?? false,
    discovery: { warnWhenNoEntities: false },
  };
}
