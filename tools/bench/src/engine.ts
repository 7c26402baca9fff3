import type { Stack } from '../../dev/src/stack';
import { ApiError, CercleApi } from '../../demo/src/api-client';
import { status as probe } from '../../demo/src/community';
import { settle } from '../../demo/src/settle';

export const ENGINE_DOMAIN = 'bench.example';
const BATCH = 1000;
const STALLED_MS = 600_000;

export interface EngineSetup {
  api: CercleApi;
  communityId: string;
  occurrenceId: string;
  recipients: string[];
}

/**
 * An organiser, a community of `members` (added through the real API in batches; they reach
 * notifications by `member.changed`, as in production) and a series whose first occurrence is far
 * enough ahead that nothing runs until the benchmark announces it.
 */
export async function prepareEngine(stack: Stack, members: number, progress: (line: string) => void): Promise<EngineSetup> {
  const anonymous = new CercleApi(stack.publicUrl);
  const { token } = await anonymous.withToken(stack.adminToken).post('/organisers', { name: 'Bench Organisatrice' });
  const api = anonymous.withToken(token);
  await settle(async () => (await probe(() => api.get('/deliveries?status=failed'))) === 200, 'notifications to accept the token');
  const community = await api.post('/communities', { name: 'Communauté du banc', mattermostChannelId: null });
  const recipients = Array.from({ length: members }, (_, i) => `m${i}@${ENGINE_DOMAIN}`);
  for (let i = 0; i < members; i += BATCH) {
    const batch = recipients.slice(i, i + BATCH).map((email, j) => ({ name: `Membre ${i + j}`, email, language: 'fr' }));
    await api.post(`/communities/${community.id}/members`, { members: batch });
    progress(`members created: ${Math.min(i + BATCH, members)}/${members}`);
  }
  let known = -1;
  let movedAt = Date.now();
  // Gives up only when no new recipient arrived for STALLED_MS: a large community takes longer than any
  // fixed deadline suited to a small one (on a busy 2-core machine members arrive at 50–150 a second).
  await settle(
    async () => {
      const { active } = await api.get(`/notifications/communities/${community.id}/recipients`);
      // A line per thousand, not per poll.
      if (Math.floor(active / 1000) !== Math.floor(known / 1000) || (active === members && known !== members)) {
        progress(`recipients known to notifications: ${active}/${members}`);
      }
      if (active !== known) movedAt = Date.now();
      else if (Date.now() - movedAt > STALLED_MS) {
        throw new Error(`No new recipient for ${STALLED_MS / 1000} s: notifications knows ${active} of ${members} members`);
      }
      known = active;
      return active === members;
    },
    'notifications to know every member',
    Number.POSITIVE_INFINITY,
  );
  const firstDate = new Date(Date.now() + 45 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const series: any = await settle(async () => {
    try {
      return await api.post('/series', {
        communityId: community.id,
        title: 'Banc d’essai',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', firstDate, startTime: '12:30', timeZone: 'Europe/Paris' },
        location: 'Salle du banc',
        theme: 'Mesurer avant d’optimiser',
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null; // events has not heard of the community yet
      throw error;
    }
  }, 'events to know the community');
  const occurrenceId: string = series.occurrence?.id ?? series.firstOccurrence?.id;
  return { api, communityId: community.id, occurrenceId, recipients };
}

/** Runs the occurrence's steps up to the announcement; returns the time of the announce call. */
export async function announce(setup: EngineSetup): Promise<number> {
  for (;;) {
    const occurrence = await setup.api.get(`/occurrences/${setup.occurrenceId}`);
    const pending = (occurrence.timeline ?? occurrence.steps).find((s: any) => s.state === 'pending');
    if (!pending) throw new Error('the occurrence has no pending announce step');
    const startedAt = Date.now();
    await setup.api.post(`/occurrences/${setup.occurrenceId}/advance`);
    if (pending.step === 'announce') return startedAt;
  }
}
