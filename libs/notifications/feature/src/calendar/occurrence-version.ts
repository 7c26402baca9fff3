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
  await keepRegistrationState(execute, schema, payload);
}

/** How far along its life events' status puts an occurrence: a later status of the same revision wins. */
const progress: Record<PayloadOf<'occurrence.changed'>['status'], number> = {
  planned: 0,
  announced: 1,
  closed: 2,
  held: 3,
  archived: 4,
  cancelled: 5,
};

/**
 * Whether it takes registrations, by the newest word: a higher calendar revision (a move may reopen it),
 * else the further status (opening and closing keep the revision). keepOccurrenceVersion made the row.
 */
async function keepRegistrationState(
  execute: <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>,
  schema: string,
  payload: PayloadOf<'occurrence.changed'>,
): Promise<void> {
  const sequence = payload.calendarSequence ?? 0;
  const step = progress[payload.status];
  await execute(
    `update "${schema}"."calendar_occurrence" set "registration_open" = ?, "registration_sequence" = ?, "progress" = ?
      where "occurrence_id" = ?
        and ("registration_sequence" is null or "registration_sequence" < ? or ("registration_sequence" = ? and "progress" <= ?))`,
    [payload.registrationOpen, sequence, step, payload.occurrenceId, sequence, sequence, step],
  );
}
