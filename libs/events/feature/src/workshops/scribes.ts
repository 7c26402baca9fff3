import type { EntityManager } from '@mikro-orm/postgresql';
import { MemberRef } from '../entities/member-ref.entity';
import { WorkshopScribe } from '../entities/workshop-scribe.entity';

export interface NamedScribe {
  workshop: string;
  memberId: string;
  name: string;
}

/** A workshop's scribe, member or volunteer (who gave only a name on the room's page: no member id). */
export interface WorkshopScribeView {
  workshop: string;
  memberId: string | null;
  name: string;
}

/** Shown when a scribe's member copy is gone (erased): the workshop still has a scribe, just no name. */
const UNKNOWN_NAME = '—';

/** Every scribe of an occurrence by workshop, members and volunteers, with their names. */
export async function workshopScribes(em: EntityManager, occurrenceId: string): Promise<WorkshopScribeView[]> {
  const scribes = await em.find(WorkshopScribe, { occurrenceId }, { orderBy: { workshop: 'asc' } });
  const memberIds = [...new Set(scribes.map((s) => s.memberId).filter((id): id is string => !!id))];
  const members = memberIds.length ? await em.find(MemberRef, { id: { $in: memberIds } }) : [];
  const names = new Map(members.map((m) => [m.id, m.name]));
  return scribes.map((s) => ({
    workshop: s.workshop,
    memberId: s.memberId,
    name: (s.memberId ? names.get(s.memberId) : s.volunteerName) ?? UNKNOWN_NAME,
  }));
}

/**
 * The scribes who are members, by workshop: those Cercle can reach (notes link, reminders). A volunteer who
 * gave only a name shares the notes as the open forum does, in the channel.
 */
export async function namedScribes(em: EntityManager, occurrenceId: string): Promise<NamedScribe[]> {
  return (await workshopScribes(em, occurrenceId)).filter((s): s is NamedScribe => s.memberId !== null);
}

/** The scribes as messages carry them (`roles.scribes` of `notification.requested`), volunteers included. */
export async function scribesForMessages(em: EntityManager, occurrenceId: string): Promise<Array<{ workshop: string; name: string }>> {
  return (await workshopScribes(em, occurrenceId)).map(({ workshop, name }) => ({ workshop, name }));
}
