import { Migration0001Initial } from './migration-0001-initial';
import { Migration0002MemberCopy } from './migration-0002-member-copy';
import { Migration0003SeriesLifecycle } from './migration-0003-series-lifecycle';

/** In order; each file is applied once (MikroORM records it). Add new ones at the end, never edit old ones. */
export const eventsMigrations = [
  { name: 'Migration0001Initial', class: Migration0001Initial },
  { name: 'Migration0002MemberCopy', class: Migration0002MemberCopy },
  { name: 'Migration0003SeriesLifecycle', class: Migration0003SeriesLifecycle },
];
