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
    pool: { min: 0, max: 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.debug ?? false,
    discovery: { warnWhenNoEntities: false },
  };
}
