import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language } from '@cercle/notifications-domain';

/** A pending email of a group, with what is known of its reader now. */
export interface PendingEmail {
  id: string;
  notificationId: string;
  address: string;
  calendarMethod: 'REQUEST' | 'CANCEL' | null;
  calendarSequence: number | null;
  memberId: string | null;
  /** Null when the reader is not (or no longer) an active member: theirs is skipped, not sent. */
  reader: { name: string; language: Language } | null;
}

interface Row {
  id: string;
  notification_id: string;
  address: string;
  calendar_method: 'REQUEST' | 'CANCEL' | null;
  calendar_sequence: number | null;
  member_id: string | null;
  name: string | null;
  active: boolean | null;
  language: Language | null;
  preferred_language: Language | null;
}

/**
 * The group's email deliveries still `pending`, each with its recipient and their chosen language, in one
 * statement. Rows another attempt already settled are not returned: the delivery log decides what is left.
 */
export async function pendingEmails(em: EntityManager, ids: readonly string[]): Promise<PendingEmail[]> {
  const schema = em.config.get('schema') as string;
  const rows = await em.getConnection().execute<Row[]>(
    `select d."id", d."notification_id", d."address", d."calendar_method", d."calendar_sequence", d."member_id",
            r."name", r."active", r."language", p."language" as "preferred_language"
       from "${schema}"."delivery" d
       left join "${schema}"."recipient" r on r."member_id" = d."member_id"
       left join "${schema}"."member_preference" p on p."member_id" = d."member_id"
      where d."id" = any(?::uuid[]) and d."status" = 'pending' and d."channel" = 'email'
      order by d."address"`,
    [`{${ids.join(',')}}`],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => ({
    id: r.id,
    notificationId: r.notification_id,
    address: r.address,
    calendarMethod: r.calendar_method,
    calendarSequence: r.calendar_sequence,
    memberId: r.member_id,
    reader: r.active && r.name !== null ? { name: r.name, language: r.preferred_language ?? r.language ?? 'fr' } : null,
  }));
}
