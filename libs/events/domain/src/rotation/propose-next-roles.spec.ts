import { isAway, proposeNextRoles, proposeReplacement, RotationMember } from './propose-next-roles';

const served = (day: number) => new Date(Date.UTC(2026, 0, day));
const member = (memberId: string, overrides: Partial<RotationMember> = {}): RotationMember => ({
  memberId,
  volunteer: false,
  awayUntil: null,
  lastServedAt: null,
  declined: false,
  ...overrides,
});
const session = '2026-03-19';

describe('proposeNextRoles', () => {
  it('proposes nobody in an empty community', () => {
    expect(proposeNextRoles([], session, 2)).toEqual({ guideMemberId: null, contributorMemberIds: [] });
  });

  it('asks volunteers first, even ones who served recently', () => {
    const members = [
      member('ana'),
      member('bob', { volunteer: true, lastServedAt: served(20) }),
      member('cyd', { volunteer: true, lastServedAt: served(2) }),
    ];
    expect(proposeNextRoles(members, session, 2)).toEqual({ guideMemberId: 'cyd', contributorMemberIds: ['bob', 'ana'] });
  });

  it('proposes no guide for a format without the role, and contributors from everyone', () => {
    const members = [member('a', { lastServedAt: served(10) }), member('b', { lastServedAt: served(3) }), member('c')];
    expect(proposeNextRoles(members, session, 2, false)).toEqual({ guideMemberId: null, contributorMemberIds: ['c', 'b'] });
  });

  it('then asks whoever served least recently, the never-served first', () => {
    const members = [member('a', { lastServedAt: served(10) }), member('b', { lastServedAt: served(3) }), member('c')];
    expect(proposeNextRoles(members, session, 2)).toEqual({ guideMemberId: 'c', contributorMemberIds: ['b', 'a'] });
  });

  it('never asks someone who declined or is away on the session date, but asks someone back the day before it', () => {
    const members = [
      member('declined', { volunteer: true, declined: true }),
      member('away', { volunteer: true, awayUntil: session }),
      member('back', { awayUntil: '2026-03-18', lastServedAt: served(5) }),
      member('other', { lastServedAt: served(9) }),
    ];
    expect(proposeNextRoles(members, session, 3)).toEqual({ guideMemberId: 'back', contributorMemberIds: ['other'] });
  });

  it('breaks ties the same way whatever order the members come in', () => {
    const members = [member('m3'), member('m1'), member('m2')];
    const expected = { guideMemberId: 'm1', contributorMemberIds: ['m2', 'm3'] };
    expect(proposeNextRoles(members, session, 2)).toEqual(expected);
    expect(proposeNextRoles([...members].reverse(), session, 2)).toEqual(expected);
  });
});

describe('proposeReplacement', () => {
  it('asks the best person not already asked, skipping who declined', () => {
    const members = [
      member('guide'),
      member('gone', { declined: true }),
      member('old', { lastServedAt: served(1) }),
      member('recent', { lastServedAt: served(25) }),
    ];
    expect(proposeReplacement(members, session, ['guide'])).toBe('old');
    expect(proposeReplacement(members, session, ['guide', 'old', 'recent'])).toBeNull();
  });
});

describe('isAway', () => {
  it('is away up to and including the last day given', () => {
    expect(isAway({ awayUntil: '2026-03-19' }, '2026-03-19')).toBe(true);
    expect(isAway({ awayUntil: '2026-03-18' }, '2026-03-19')).toBe(false);
    expect(isAway({ awayUntil: null }, '2026-03-19')).toBe(false);
  });
});
