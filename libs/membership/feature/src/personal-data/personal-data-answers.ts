import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { MemberErasure } from '../entities/member-erasure.entity';
import { MemberExport } from '../entities/member-export.entity';

/**
 * What events and notifications send back for an export or an erasure. Each writes its own column, so
 * the two answers never overwrite each other; a redelivered answer writes the same thing again.
 */
export async function recordExportPart(em: EntityManager, payload: PayloadOf<'member.export-part'>): Promise<void> {
  const column = payload.service === 'events' ? 'eventsPart' : 'notificationsPart';
  await em.nativeUpdate(MemberExport, { id: payload.exportId, memberId: payload.memberId }, { [column]: payload.data });
}

export async function recordErasureDone(em: EntityManager, payload: PayloadOf<'member.erasure-done'>, doneAt: string): Promise<void> {
  const column = payload.service === 'events' ? 'eventsReport' : 'notificationsReport';
  const report = { counts: payload.counts, doneAt, ...(payload.service === 'events' ? { guideFreedOn: payload.guideFreedOn } : {}) };
  await em.nativeUpdate(MemberErasure, { id: payload.erasureId, memberId: payload.memberId }, { [column]: report });
}
