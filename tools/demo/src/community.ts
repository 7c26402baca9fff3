import type { Stack } from '../../dev/src/stack';
import { ApiError, CercleApi } from './api-client';
import { demoPeople } from './people';
import { settle } from './settle';

export interface DemoMember {
  id: string;
  name: string;
  email: string;
}

export interface DemoCommunity {
  api: CercleApi;
  community: { id: string; name: string };
  members: DemoMember[];
}

const NIL = '00000000-0000-4000-8000-000000000000';

/** The organiser, their token known to every service, and a community whose members notifications can reach. */
export async function setUpCommunity(
  stack: Stack,
  options: { members: number; name: string; log: (line: string) => void; organiserName?: string; organiserEmail?: string },
): Promise<DemoCommunity> {
  const { log } = options;
  const anonymous = new CercleApi(stack.publicUrl);
  const { token } = await anonymous.withToken(stack.adminToken).post('/organisers', {
    name: options.organiserName ?? 'Camille Organisatrice',
    ...(options.organiserEmail ? { email: options.organiserEmail } : {}),
  });
  const api = anonymous.withToken(token);
  log('organisatrice créée ; attente que les services connaissent son jeton');
  await settle(async () => (await status(() => api.get(`/occurrences/${NIL}`))) === 404, 'events to accept the token');
  await settle(async () => (await status(() => api.get('/deliveries?status=failed'))) === 200, 'notifications to accept the token');

  const people = demoPeople(options.members);
  for (const p of people) stack.mattermost?.addUser({ username: p.mattermostUsername, email: p.email });
  const community = await api.post('/communities', { name: options.name, mattermostChannelId: stack.localChannelId });
  const { members } = await api.post(`/communities/${community.id}/members`, { members: people });
  log(`communauté « ${community.name} » : ${members.length} membres`);
  // Members reach notifications (and events) by message: go on once both know every one of them.
  await settle(
    async () => (await api.get(`/notifications/communities/${community.id}/recipients`)).active === members.length,
    'notifications to know every member',
    120000,
  );
  return { api, community, members };
}

export async function status(call: () => Promise<unknown>): Promise<number> {
  try {
    await call();
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

/** Retries a call while the service answers 404 because a message it needs has not arrived yet. */
export async function whenKnown<T>(call: () => Promise<T>, what: string): Promise<T> {
  return settle<T>(async () => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 422)) return null;
      throw error;
    }
  }, what);
}
