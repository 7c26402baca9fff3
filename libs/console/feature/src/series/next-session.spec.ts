import { nextSessionToHold } from './next-session';

describe('next session to hold', () => {
  it('skips a session already held before its date, and cancelled or archived ones', () => {
    const sessions = [
      { id: 'held-early', startsAt: '2027-01-14T11:30:00.000Z', status: 'held' },
      { id: 'cancelled', startsAt: '2027-02-11T11:30:00.000Z', status: 'cancelled' },
      { id: 'later', startsAt: '2027-04-08T10:30:00.000Z', status: 'planned' },
      { id: 'next', startsAt: '2027-03-11T11:30:00.000Z', status: 'announced' },
      { id: 'archived', startsAt: '2026-12-10T11:30:00.000Z', status: 'archived' },
    ];
    expect(nextSessionToHold(sessions)?.id).toBe('next');
  });

  it('finds none when every session is over', () => {
    expect(nextSessionToHold([{ id: 'a', startsAt: '2027-01-14T11:30:00.000Z', status: 'held' }])).toBeNull();
  });
});
