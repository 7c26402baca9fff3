import type { Api } from '../api-client';
import { waitUntil } from '../context';

const NIL = '00000000-0000-4000-8000-000000000000';
const WAIT_MS = 60_000;

/**
 * The other services learn of a new token or community by message, moments after membership answers:
 * a command that creates one waits until all three accept it, so the next command does not get a 404.
 */
export function tokenAccepted(api: Api): Promise<boolean> {
  return waitUntil(async () => {
    const [membership, events, notifications] = await Promise.all([
      api.status('GET', '/organisers/me'),
      // An unknown occurrence answers 404 once events knows the token, 401 before.
      api.status('GET', `/occurrences/${NIL}`),
      api.status('GET', '/deliveries?limit=1'),
    ]);
    return membership.status === 200 && events.status === 404 && notifications.status === 200;
  }, WAIT_MS);
}

export function communityKnown(api: Api, communityId: string): Promise<boolean> {
  return waitUntil(async () => {
    const [events, notifications] = await Promise.all([
      api.status('GET', `/notes?communityId=${communityId}`),
      api.status('GET', `/notifications/communities/${communityId}/recipients`),
    ]);
    return events.status === 200 && notifications.status === 200;
  }, WAIT_MS);
}
