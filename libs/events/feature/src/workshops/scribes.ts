import type { EntityManager } from '@mikro-orm/postgresql';
import { MemberRef } from '../entities/member-ref.entity';
import { WorkshopScribe } from '../entities/workshop-scribe.entity';

export interface NamedScribe {
  workshop: string;
  memberId: string;
  name: string;
}

/** Shown when a scribe's member copy is gone (erased): the workshop still has a scribe, just no name. */
const UNKNOWN_NAME = '—';

/** An occurrence's scribes with their names, by workshop. */
export async function namedScribes(em: EntityManager, occurrenceId: string): Promise<NamedScribe[]> {
  const scribes = await em.find(WorkshopScribe, { occurrenceId }, { orderBy: { workshop: 'asc' } });
  const members = scribes.length ? await em.find(MemberRef, { id: { $in: [...new Set(scribes.map((s) => s.memberId))] } }) : [];
  const names = new Map(members.map((m) => [m.id, m.name]));
  return scribes.map((s) => ({ workshop: s.workshop, memberId: s.memberId, name: names.get(s.memberId) ?? UNKNOWN_NAME }));
}

/** The scribes as messages carry them (`roles.scribes` of `notification.requested`). */
export async function scribesForMessages(em: EntityManager, occurrenceId: string): Promise<Array<{ workshop: string; name: string }>> {
  return (await namedScribes(em, occurrenceId)).map(({ workshop, name }) => ({ workshop, name }));
}
