import type { EntityManager } from '@mikro-orm/postgresql';
import { lifecyclePoint, missingPrep, type HealthFacts } from '@cercle/events-domain';
import { Contribution } from '../entities/contribution.entity';
import { DeliveryFailureCount } from '../entities/delivery-failure-count.entity';
import type { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import { RegistrationAnswer } from '../entities/registration-answer.entity';
import type { Series } from '../entities/series.entity';
import { formatOf } from '../lifecycle/occurrence-facts';
import { registrationCounts } from '../occurrences/registration-counts';

/** What the health checks read of one occurrence, from events' own rows, in the caller's transaction. */
export async function healthFacts(em: EntityManager, series: Series, occurrence: Occurrence, now: Date): Promise<HealthFacts> {
  const occurrenceId = occurrence.id;
  const [steps, answers, contributions, failures] = await Promise.all([
    em.find(OccurrenceStep, { occurrenceId, state: { $ne: 'pending' } }),
    em.find(RegistrationAnswer, { occurrenceId }),
    em.find(Contribution, { occurrenceId }),
    em.findOne(DeliveryFailureCount, { occurrenceId }),
  ]);
  const prep = new Map(contributions.map((c) => [c.memberId, c]));
  const counts = registrationCounts(answers);
  return {
    at: lifecyclePoint(
      now,
      steps.map((s) => s.dueAt),
    ),
    now,
    startsAt: occurrence.startsAt,
    status: occurrence.status,
    formatHasGuide: formatOf(series).roles.some((role) => role.id === 'guide'),
    guideMemberId: occurrence.guideMemberId,
    contributors: occurrence.contributorMemberIds.map((memberId) => ({
      memberId,
      missing: missingPrep(prep.get(memberId) ?? null),
    })),
    capacity: occurrence.capacity,
    confirmed: counts.confirmed,
    waitlisted: counts.waitlisted,
    failedDeliveries: failures?.failed ?? 0,
  };
}
