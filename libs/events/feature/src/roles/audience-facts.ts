import type { EntityManager } from '@mikro-orm/postgresql';
import { missingPrep, scribesToRemind, type AudienceFacts } from '@cercle/events-domain';
import { Contribution } from '../entities/contribution.entity';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import type { Occurrence } from '../entities/occurrence.entity';
import { RegistrationAnswer } from '../entities/registration-answer.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { namedScribes } from '../workshops/scribes';

/** What happened just now, which the database alone does not say (who was just named, who answered…). */
export type EventFacts = Partial<Pick<AudienceFacts, 'newlyNamed' | 'removed' | 'chosenForNextRoles' | 'registrant' | 'newMember'>>;

/** Whoever proposed a workshop for the occurrence hosts it (a guest's proposal has no member to tell). */
export async function workshopHostIds(em: EntityManager, occurrenceId: string): Promise<string[]> {
  const proposals = await em.find(
    TopicProposal,
    { occurrenceId, kind: 'workshop', memberId: { $ne: null } },
    { orderBy: { proposedAt: 'asc' } },
  );
  return [...new Set(proposals.map((p) => p.memberId!))];
}

/**
 * The facts `recipientsOf` reads about one occurrence, from events' own rows, plus what the caller
 * knows of the moment. Read inside the caller's transaction, so they match the change being told.
 */
export async function audienceFacts(em: EntityManager, occurrence: Occurrence, event: EventFacts = {}): Promise<AudienceFacts> {
  const registrations = await em.find(RegistrationAnswer, { occurrenceId: occurrence.id }, { orderBy: { recordedAt: 'asc' } });
  const workshopHosts = await workshopHostIds(em, occurrence.id);
  const contributions = await em.find(Contribution, { occurrenceId: occurrence.id });
  const submitted = (await em.find(OccurrenceNote, { occurrenceId: occurrence.id })).map((note) => note.workshop);
  const scribes = scribesToRemind(await namedScribes(em, occurrence.id), submitted).map((s) => s.memberId);
  return {
    registrations: registrations.map(({ memberId, answer, status }) => ({ memberId, answer, status })),
    guide: occurrence.guideMemberId,
    contributors: occurrence.contributorMemberIds,
    workshopHosts,
    ready: contributions.filter((row) => missingPrep(row).length === 0).map((row) => row.memberId),
    scribes,
    newlyNamed: event.newlyNamed ?? [],
    removed: event.removed ?? [],
    chosenForNextRoles: event.chosenForNextRoles ?? [],
    registrant: event.registrant ?? null,
    newMember: event.newMember ?? null,
  };
}
