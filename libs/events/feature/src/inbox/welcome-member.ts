import type { EntityManager } from '@mikro-orm/postgresql';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import { Series } from '../entities/series.entity';
import type { LifecycleService } from '../lifecycle/lifecycle.service';
import { noFacts } from '@cercle/events-domain';
import { requestFor } from '../lifecycle/step-context';

/**
 * Attendance is open to anyone in the community, month by month: someone who joins while an occurrence
 * is open for registration gets its announcement (with their own registration link) like everyone else
 * did. Only announcements made before they joined: a member who was there already is the community
 * announcement's audience (and notifications never announces an occurrence twice to one person).
 * Returns how many announcements were requested.
 */
export async function announceOpenOccurrencesTo(
  em: EntityManager,
  lifecycle: LifecycleService,
  memberId: string,
  communityId: string,
  joinedAt: Date,
): Promise<number> {
  const series = await em.find(Series, { communityId });
  if (!series.length) return 0;
  const candidates = await em.find(
    Occurrence,
    { seriesId: { $in: series.map((s) => s.id) }, status: 'open' },
    { orderBy: { startsAt: 'asc' } },
  );
  if (!candidates.length) return 0;
  const announcedBefore = await em.find(OccurrenceStep, {
    occurrenceId: { $in: candidates.map((o) => o.id) },
    step: 'announce',
    state: 'done',
    doneAt: { $lt: joinedAt },
  });
  const open = candidates.filter((o) => announcedBefore.some((step) => step.occurrenceId === o.id));
  for (const occurrence of open) {
    const ctx = await lifecycle.contextFor(
      em,
      series.find((s) => s.id === occurrence.seriesId)!,
      occurrence,
    );
    // A newcomer's own announcement: the table's groups resolve to them alone, and it is not posted again.
    requestFor(
      ctx,
      'announcement',
      { ...noFacts, newMember: memberId },
      {
        links: { register: true, notes: false, roleResponse: false, contribution: false },
      },
    );
  }
  return open.length;
}
