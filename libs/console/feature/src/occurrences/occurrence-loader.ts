import { ApiError, ServiceUnavailableError } from '../api/api-error';
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

/**
 * Who a move or a cancellation would tell, as events decides it, with the members named; the calendar
 * holders come from notifications, which alone knows them (null when it cannot say: the count then says less).
 */
export async function loadChangeAudience(
  call: CallService,
  occurrenceId: string,
  kind: ChangeAudienceData['kind'],
  members: Array<{ id: string; name: string }>,
  communityId: string,
): Promise<ChangeAudienceData> {
  const [answer, community] = await Promise.all([
    call<Omit<ChangeAudienceData, 'names' | 'holderIds'>>('events', 'GET', `/occurrences/${occurrenceId}/change-audience?kind=${kind}`),
    call<{ mattermostChannelId: string | null; matrixRoomId?: string | null }>('membership', 'GET', `/communities/${communityId}`),
  ]);
  const holderIds = answer.calendarHolders ? await calendarHolders(call, occurrenceId) : [];
  const names = new Map(members.map((m) => [m.id, m.name]));
  // Events says the change is posted in the channel; a community without one gets no post.
  const channel = answer.channel && Boolean(community.mattermostChannelId || community.matrixRoomId);
  return { ...answer, channel, names: answer.memberIds.map((id) => names.get(id) ?? id), holderIds };
}

async function calendarHolders(call: CallService, occurrenceId: string): Promise<string[] | null> {
  try {
    return (await call<{ memberIds: string[] }>('notifications', 'GET', `/notifications/occurrences/${occurrenceId}/calendar-holders`))
      .memberIds;
  } catch (error) {
    // The preview still says who events names; notifications down or not knowing the occurrence must not block moving it.
    if (error instanceof ApiError || error instanceof ServiceUnavailableError) return null;
    throw error;
  }
}
