import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { keepOccurrenceVersion, type CalendarStatus } from './calendar-state';

/**
 * Events' word on an occurrence, kept for the calendar feeds: a planned date shows as tentative (it may
 * still move without anyone being told), a cancelled one as cancelled so subscribed calendars drop it.
 */
export async function recordOccurrenceChange(em: EntityManager, payload: PayloadOf<'occurrence.changed'>, now: Date): Promise<void> {
  const schema = em.config.get('schema') as string;
  const execute = <T = Record<string, unknown>>(sql: string, params: unknown[]) =>
    em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<T[]>;
  const status: CalendarStatus = payload.status === 'cancelled' ? 'cancelled' : payload.status === 'planned' ? 'tentative' : 'confirmed';
  await execute(`select pg_advisory_xact_lock(hashtext(?))`, [`calendar:${payload.occurrenceId}`]);
  await keepOccurrenceVersion(
    execute,
    schema,
    {
      occurrenceId: payload.occurrenceId,
      seriesId: payload.seriesId,
      communityId: payload.communityId,
      title: payload.title,
      startsAt: payload.startsAt,
      endsAt: payload.endsAt,
      timeZone: payload.timeZone,
      location: payload.location ?? null,
      status,
      sequence: payload.calendarSequence ?? 0,
    },
    now,
  );
}
