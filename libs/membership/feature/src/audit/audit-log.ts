import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { AuditEntry } from './audit-entry.entity';

/** Stores one recorded organiser write; the message id is the entry's id. */
export function recordAuditEntry(em: EntityManager, messageId: string, payload: PayloadOf<'organiser.action-recorded'>): void {
  em.create(AuditEntry, {
    id: messageId,
    at: new Date(payload.at),
    organiserId: payload.organiserId,
    organiserName: payload.organiserName,
    tokenId: payload.tokenId,
    communityId: payload.communityId,
    service: payload.service,
    action: payload.action,
    params: payload.params,
    resourceId: payload.resourceId,
    status: payload.status,
  });
}

/** One page of a community's audit log, newest first, as organisers read it. */
export async function auditPage(em: EntityManager, communityId: string, page: { limit: number; offset: number }) {
  const [entries, total] = await em.findAndCount(
    AuditEntry,
    { communityId },
    { orderBy: { at: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset },
  );
  return {
    total,
    limit: page.limit,
    offset: page.offset,
    entries: entries.map((entry) => ({
      at: entry.at.toISOString(),
      organiser: { id: entry.organiserId, name: entry.organiserName, tokenId: entry.tokenId },
      service: entry.service,
      action: entry.action,
      params: entry.params,
      resourceId: entry.resourceId,
      status: entry.status,
    })),
  };
}
