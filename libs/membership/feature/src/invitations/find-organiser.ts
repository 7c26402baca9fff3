import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organiser } from '../entities/organiser.entity';

/** The organiser who receives invitations at this address, whatever its case (the unique index is on lower(email)). */
export function organiserByEmail(em: EntityManager, email: string): Promise<Organiser | null> {
  return em.findOne(Organiser, { [raw('lower(email)')]: email.toLowerCase() });
}
