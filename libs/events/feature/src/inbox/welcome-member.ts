import type { EntityManager } from '@mikro-orm/postgresql';
import { Occurrence } from '../entities/occurrence.entity';
import { Series } from '../entities/series.entity';
import type { LifecycleService } from '../lifecycle/lifecycle.service';
import { requestNotification } from '../lifecycle/step-effects';

/**
 * Attendance is open to anyone in the community, month by month: someone who joins while an occurrence
 * is open for registration gets its announcement (with their own registration link) like everyone else
 * did. Returns how many announcements were requested.
 */
export async function announceOpenOccurrencesTo(em: EntityManager, lifecycle: LifecycleService, memberId: string, communityId: string): Promise<number> {
  const series = await em.find(Series, { communityId });
  if (!series.length) return 0;
  const open = await em.find(Occurrence, { seriesId: { $in: series.map((s) => s.id) }, status: 'open' }, { orderBy: { startsAt: 'asc' } });
  for (const occurrence of open) {
    const ctx = await lifecycle.contextFor(em, series.find((s) => s.id === occurrence.seriesId)!, occurrence);
    requestNotification(ctx, {
      kind: 'announcement',
      audience: { type: 'members', memberIds: [memberId] },
      emails: true,
      channelPost: false,
      directMessages: false,
      links: { register: true, notes: false, roleResponse: false },
    });
  }
  return open.length;
}
