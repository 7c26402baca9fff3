import type { ChangeAudienceData, OccurrenceData } from './occurrence-data';

/** One call to a service's HTTP API as the signed-in organiser; a refusal is thrown with its status and body. */
export type CallService = <T>(
  service: 'events' | 'membership' | 'notifications',
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
) => Promise<T>;

interface MemberRow {
  id: string;
  name: string;
  active: boolean;
  guest?: boolean;
}

/** The community's active members (not guests), by name: who a form can name. */
export async function activeMembers(call: CallService, communityId: string): Promise<Array<{ id: string; name: string }>> {
  const members = await call<MemberRow[]>('membership', 'GET', `/communities/${communityId}/members`);
  return members.filter((m) => m.active && !m.guest).map(({ id, name }) => ({ id, name }));
}

/** Everything the occurrence page shows, from the events and membership APIs in parallel. */
export async function loadOccurrence(call: CallService, occurrenceId: string): Promise<OccurrenceData> {
  const occurrence = await call<OccurrenceData['occurrence'] & { communityId: string }>('events', 'GET', `/occurrences/${occurrenceId}`);
  const at = `/occurrences/${occurrenceId}`;
  const [registrations, topics, programme, roles, readiness, scribes, members] = await Promise.all([
    call<OccurrenceData['registrations']>('membership', 'GET', `/registrations/${occurrenceId}`),
    call<OccurrenceData['topics']>('events', 'GET', `${at}/topics`),
    call<OccurrenceData['programme']>('events', 'GET', `${at}/programme`),
    call<OccurrenceData['roles']>('events', 'GET', `${at}/roles`),
    call<OccurrenceData['readiness']>('events', 'GET', `${at}/readiness`),
    call<OccurrenceData['scribes']>('events', 'GET', `${at}/scribes`),
    activeMembers(call, occurrence.communityId),
  ]);
  return { occurrence, registrations, topics, programme, roles, readiness, scribes, members };
}

/** Who a move or a cancellation would tell, as events decides it, with the members named. */
export async function loadChangeAudience(
  call: CallService,
  occurrenceId: string,
  kind: ChangeAudienceData['kind'],
  members: Array<{ id: string; name: string }>,
): Promise<ChangeAudienceData> {
  const answer = await call<Omit<ChangeAudienceData, 'names'> & { memberIds: string[] }>(
    'events',
    'GET',
    `/occurrences/${occurrenceId}/change-audience?kind=${kind}`,
  );
  const names = new Map(members.map((m) => [m.id, m.name]));
  const { memberIds, ...rest } = answer;
  return { ...rest, names: memberIds.map((id) => names.get(id) ?? id) };
}
