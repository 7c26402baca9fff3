import type { Stack } from '../dev/src/stack';
import { CercleApi } from '../demo/src/api-client';
import { demoPeople } from '../demo/src/people';
import { settle } from '../demo/src/settle';

/**
 * A community of `members` people and the first occurrence of an open-forum series, run up to and
 * including its announcement with `advance`, as an organiser can: the start of a fan-out for the tests
 * that break things in the middle of one.
 */
export async function announceToMembers(stack: Stack, members: number): Promise<{ api: CercleApi; occurrenceId: string }> {
  const anonymous = new CercleApi(stack.publicUrl);
  const { token } = await anonymous.withToken(stack.adminToken).post('/organisers', { name: 'Camille' });
  const api = anonymous.withToken(token);
  await settle(
    async () =>
      (await fetch(`${stack.publicUrl}/deliveries?status=failed`, { headers: { authorization: `Bearer ${token}` } })).status === 200,
    'notifications to accept the token',
  );
  const community = await api.post('/communities', { name: 'ALLiaNCE', mattermostChannelId: stack.localChannelId });
  await api.post(`/communities/${community.id}/members`, { members: demoPeople(members) });
  await settle(
    async () => (await api.get(`/notifications/communities/${community.id}/recipients`)).active === members,
    'notifications to know every member',
    120000,
  );
  const firstDate = new Date(Date.now() + 45 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const created: any = await settle<any>(
    () =>
      api
        .post('/series', {
          communityId: community.id,
          title: 'Rencontres ALLiaNCE',
          formatId: 'open-forum',
          recurrence: { rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH', firstDate, startTime: '10:00', timeZone: 'Europe/Paris' },
          location: 'Paris',
        })
        .catch(() => null),
    'events to know the community',
  );
  const occurrenceId: string = created.occurrence?.id ?? created.firstOccurrence?.id;
  for (;;) {
    const occurrence = await api.get(`/occurrences/${occurrenceId}`);
    const pending = (occurrence.timeline ?? occurrence.steps).find((s: any) => s.state === 'pending');
    await api.post(`/occurrences/${occurrenceId}/advance`);
    if (!pending || pending.step === 'announce') break;
  }
  return { api, occurrenceId };
}

/** Recipients of the given envelopes: how many distinct, and how many emails beyond one per person. */
export function recipientCounts(envelopes: Array<{ to: string[] }>): { distinct: number; duplicated: number } {
  const perRecipient = new Map<string, number>();
  for (const envelope of envelopes) for (const to of envelope.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
  return { distinct: perRecipient.size, duplicated: [...perRecipient.values()].reduce((sum, n) => sum + (n - 1), 0) };
}

/**
 * Announces to `members` people and runs `interrupt` (a restart of something Cercle stands on) once
 * `after` emails went out; waits until every member got the announcement, then a little longer so that
 * late duplicates count too. Says how many emails had gone out when the interruption began.
 */
export async function fanOutInterrupted(
  stack: Stack,
  members: number,
  after: number,
  interrupt: () => Promise<void>,
): Promise<{ sentBefore: number }> {
  await announceToMembers(stack, members);
  const envelopes = () => stack.mail!.messages().map((m) => m.envelope);
  await settle(() => envelopes().length >= after, `${after} emails before the interruption`, 90000);
  const sentBefore = envelopes().length;
  await interrupt();
  await settle(() => recipientCounts(envelopes()).distinct >= members, `${members} recipients`, 150000);
  await new Promise((r) => setTimeout(r, 1500));
  return { sentBefore };
}

/** Each service's process id now: compared after an outage to show nothing was restarted. */
export function servicePids(stack: Stack): Record<string, number | undefined> {
  return Object.fromEntries(Object.entries(stack.services).map(([name, service]) => [name, service.child.pid]));
}

/** Per service: still the process it was (`pids`), still running, and ready (database and queues answer). */
export async function sameProcessesReady(
  stack: Stack,
  pids: Record<string, number | undefined>,
): Promise<Array<{ name: string; sameProcess: boolean; ready: number }>> {
  return Promise.all(
    Object.values(stack.services).map(async (service) => ({
      name: service.name,
      sameProcess: service.child.pid === pids[service.name] && service.child.exitCode === null && service.child.signalCode === null,
      ready: (await fetch(`${stack.serviceUrl(service.name)}/health/ready`)).status,
    })),
  );
}
