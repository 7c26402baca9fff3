import type { Stack } from '../../dev/src/stack';
import { CercleApi } from '../../demo/src/api-client';
import { status } from '../../demo/src/community';
import { settle } from '../../demo/src/settle';
import { emailOf, people } from './cast';

export interface Member {
  id: string;
  name: string;
  email: string;
  chat: string | null;
}

const NIL = '00000000-0000-4000-8000-000000000000';

/**
 * An organiser whose token every service knows, and a community of the scenario's people (those with a
 * Mattermost account exist in the Mattermost double too), once notifications knows every one of them.
 */
export async function setUpPeople(
  stack: Stack,
  communityName: string,
): Promise<{ api: CercleApi; communityId: string; members: Member[] }> {
  const anonymous = new CercleApi(stack.publicUrl);
  const { token } = await anonymous.withToken(stack.adminToken).post('/organisers', { name: 'Camille Organisatrice' });
  const api = anonymous.withToken(token);
  await settle(async () => (await status(() => api.get(`/occurrences/${NIL}`))) === 404, 'events to accept the token');
  await settle(async () => (await status(() => api.get('/deliveries?status=failed'))) === 200, 'notifications to accept the token');
  for (const p of people) if (p.chat && !p.guest) stack.mattermost!.addUser({ username: p.chat, email: emailOf(p.name) });
  const community = await api.post('/communities', { name: communityName, mattermostChannelId: stack.localChannelId });
  const body = people
    .filter((p) => !p.guest)
    .map((p) => ({ name: p.name, email: emailOf(p.name), language: p.language, mattermostUsername: p.chat }));
  const { members } = await api.post(`/communities/${community.id}/members`, { members: body });
  await settle(
    async () => (await api.get(`/notifications/communities/${community.id}/recipients`)).active === body.length,
    'notifications to know every member',
    60000,
  );
  const chatOf = new Map(people.map((p) => [p.name, p.chat]));
  return {
    api,
    communityId: community.id,
    members: (members as Array<{ id: string; name: string; email: string }>).map((m) => ({
      id: m.id,
      name: m.name,
      email: m.email,
      chat: chatOf.get(m.name) ?? null,
    })),
  };
}
