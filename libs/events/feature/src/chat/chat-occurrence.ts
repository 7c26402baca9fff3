import type { EntityManager } from '@mikro-orm/postgresql';
import { buildAgenda, chatWords, placeOutlook, type ChatRole, type StatusView } from '@cercle/events-domain';
import { Occurrence } from '../entities/occurrence.entity';
import { RegistrationAnswer } from '../entities/registration-answer.entity';
import { Series } from '../entities/series.entity';
import { formatOf } from '../lifecycle/occurrence-facts';
import { workshopHostIds } from '../roles/audience-facts';

export interface NextOccurrence {
  occurrence: Occurrence;
  series: Series;
}

/** The community's next occurrence not yet held (any of its series), or null. */
export async function nextOccurrenceOf(em: EntityManager, communityId: string, now: Date): Promise<NextOccurrence | null> {
  const series = await em.find(Series, { communityId });
  if (!series.length) return null;
  const occurrence = await em.findOne(
    Occurrence,
    { seriesId: { $in: series.map((s) => s.id) }, status: { $in: ['planned', 'open', 'closed'] }, endsAt: { $gte: now } },
    { orderBy: { startsAt: 'asc' } },
  );
  return occurrence ? { occurrence, series: series.find((s) => s.id === occurrence.seriesId)! } : null;
}

export function welcomesGuests({ series, occurrence }: NextOccurrence): boolean {
  return occurrence.status === 'open' && formatOf(series).openToGuests;
}

/** A member's role in it, read from the occurrence itself: nobody else's role is ever looked at. */
export async function roleOf(em: EntityManager, occurrence: Occurrence, memberId: string): Promise<ChatRole> {
  if (occurrence.guideMemberId === memberId) return 'guide';
  if (occurrence.contributorMemberIds.includes(memberId)) return 'contributor';
  return (await workshopHostIds(em, occurrence.id)).includes(memberId) ? 'workshopHost' : 'participant';
}

/** What `/cercle` shows one member: the occurrence, its agenda with real times, their own answer and role. */
export async function statusViewOf(em: EntityManager, next: NextOccurrence, memberId: string, language: 'fr' | 'en'): Promise<StatusView> {
  const { occurrence, series } = next;
  const answer = await em.findOne(RegistrationAnswer, { occurrenceId: occurrence.id, memberId }, { orderBy: { recordedAt: 'desc' } });
  const agenda = buildAgenda(formatOf(series), occurrence.startsAt, series.timeZone).map((item) => ({
    localStart: item.localStart,
    localEnd: item.localEnd,
    title: item.title[language],
  }));
  return {
    title: occurrence.title,
    startsAt: occurrence.startsAt.toISOString(),
    endsAt: occurrence.endsAt.toISOString(),
    timeZone: series.timeZone,
    location: occurrence.location,
    theme: occurrence.theme,
    agenda,
    answer: answer ? { answer: answer.answer, status: answer.status } : null,
    role: await roleOf(em, occurrence, memberId),
    registrationOpen: occurrence.status === 'open',
  };
}

/**
 * What a `yes` from the chat did to a session with a capacity: a place, or the waiting list (with the
 * position when the person joins it now). Empty without a capacity, where a `yes` is always a place.
 */
export async function placeNoteOf(em: EntityManager, occurrence: Occurrence, memberId: string, language: 'fr' | 'en'): Promise<string> {
  if (occurrence.capacity === null) return '';
  const rows = await em.find(RegistrationAnswer, { occurrenceId: occurrence.id });
  const others = { confirmed: 0, waitlisted: 0 };
  for (const row of rows) if (row.memberId !== memberId && row.status !== 'declined') others[row.status]++;
  const current = rows.find((row) => row.memberId === memberId)?.status ?? null;
  const outlook = placeOutlook(current, others, occurrence.capacity);
  const w = chatWords(language);
  return outlook.kind === 'confirmed' ? w.placeConfirmed : w.placeWaitlisted(outlook.position);
}
