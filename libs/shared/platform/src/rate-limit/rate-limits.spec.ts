import { accessTable, RouteKey } from '@cercle/contracts';
import { rateLimitsFor } from './rate-limits';

describe('rateLimitsFor', () => {
  const rule = (service: 'membership' | 'events' | 'every', key: RouteKey) => accessTable[service][key];

  it('never limits the health probe', () => {
    expect(rateLimitsFor(rule('every', 'GET /health'), false)).toEqual([]);
  });

  it('counts signed-link pages per address only, whatever headers come with them', () => {
    expect(rateLimitsFor(rule('membership', 'GET /r/:token'), true)).toEqual(['signed-link']);
  });

  it('counts the public registration page per address, like signed-link pages', () => {
    expect(rateLimitsFor(rule('membership', 'GET /join/:occurrenceId'), false)).toEqual(['signed-link']);
    expect(rateLimitsFor(rule('membership', 'POST /join/:occurrenceId'), true)).toEqual(['signed-link']);
  });

  it('counts organiser and admin routes per address, and per token when one is given', () => {
    expect(rateLimitsFor(rule('membership', 'GET /communities/:communityId/audit'), true)).toEqual(['address', 'token']);
    expect(rateLimitsFor(rule('membership', 'POST /communities'), false)).toEqual(['address']);
    expect(rateLimitsFor(rule('membership', 'POST /organisers'), true)).toEqual(['address', 'token']);
  });

  it('does not count the chat server’s calls per address: every member’s command comes from its one address', () => {
    expect(rateLimitsFor(rule('events', 'POST /chat/command'), false)).toEqual([]);
    expect(rateLimitsFor(rule('events', 'POST /chat/actions'), false)).toEqual([]);
  });

  it('counts a route the table does not know per address', () => {
    expect(rateLimitsFor(undefined, false)).toEqual(['address']);
  });
});
