import { DateTime } from 'luxon';

/**
 * A `timestamptz` read by raw SQL (`em.getConnection().execute`), as a Date. MikroORM maps entity columns
 * itself, but a raw row keeps PostgreSQL's text form (`2026-11-27 10:56:57.01+00`), which is not ISO 8601
 * and would leak into JSON answers as is; every instant the API answers is a Date, serialised as UTC `Z`.
 */
export function instantFromSql(value: Date | string): Date;
export function instantFromSql(value: Date | string | null): Date | null;
export function instantFromSql(value: Date | string | null): Date | null {
  if (value === null || value instanceof Date) return value;
  const parsed = DateTime.fromSQL(value, { zone: 'utc' });
  if (!parsed.isValid) throw new RangeError(`Not a PostgreSQL timestamp: "${value}"`);
  return parsed.toJSDate();
}
