import type { MessageName, PayloadOf } from '@cercle/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { notificationRequest } from '../lifecycle/notification-request';
import { occurrenceFacts } from '../lifecycle/occurrence-facts';
import { occurrenceSnapshot } from '../lifecycle/occurrence-messages';
import { scribesForMessages } from '../workshops/scribes';
import { namesOf } from './people-directory';

export type Publish = <N extends MessageName>(name: N, payload: PayloadOf<N>) => string;
type Request = PayloadOf<'notification.requested'>;

/**
 * A message to named people (guide, contributors, people chosen for the next session), on the channels
 * the audience table gives the kind. `memberIds` come from `recipientsOf` (or are one of them).
 */
export interface PeopleMessage {
  kind: Request['kind'];
  memberIds: string[];
  contributions?: Request['contributions'];
  nextRoles?: Request['nextRoles'];
  roleResponseLink?: boolean;
  /** The reader's own contribution page (contributors and workshop hosts). */
  contributionLink?: boolean;
}

/** The occurrence's roles as display strings (scribes are named per workshop by the topics part). */
export function rolesOf(occurrence: Occurrence, names: Map<string, string>): NonNullable<Request['roles']> {
  return {
    guide: occurrence.guideMemberId ? (names.get(occurrence.guideMemberId) ?? null) : null,
    contributors: occurrence.contributorMemberIds.map((id) => names.get(id) ?? id),
    scribes: [],
  };
}

/** The roles every lifecycle message shows: guide and contributors by name, and the scribe of each workshop. */
export async function rolesForMessages(em: EntityManager, occurrence: Occurrence): Promise<NonNullable<Request['roles']>> {
  const names = await namesOf(em, [occurrence.guideMemberId, ...occurrence.contributorMemberIds]);
  return { ...rolesOf(occurrence, names), scribes: await scribesForMessages(em, occurrence.id) };
}

/** Writes one `notification.requested` to the outbox through `publish` (same transaction as the change). */
export function requestPeopleMessage(
  publish: Publish,
  series: Series,
  occurrence: Occurrence,
  names: Map<string, string>,
  message: PeopleMessage,
): string {
  return publish(
    'notification.requested',
    notificationRequest(occurrenceSnapshot(occurrenceFacts(series, occurrence)), {
      kind: message.kind,
      audience: { type: 'members', memberIds: message.memberIds },
      roles: rolesOf(occurrence, names),
      nextRoles: message.nextRoles ?? null,
      contributions: message.contributions ?? null,
      links: {
        register: false,
        notes: false,
        roleResponse: message.roleResponseLink ?? false,
        contribution: message.contributionLink ?? false,
      },
    }),
  );
}
