import { countAudience } from './audience-count';
import type { ChangeAudienceData } from './occurrence-data';

const audience = (overrides: Partial<ChangeAudienceData>): ChangeAudienceData => ({
  kind: 'reschedule',
  announced: true,
  calendarHolders: true,
  channel: true,
  names: [],
  memberIds: [],
  holderIds: [],
  ...overrides,
});

describe('who a change reaches, counted', () => {
  it('counts each person once, whether registrant, calendar holder or both, and the channel post apart', () => {
    const count = countAudience(audience({ memberIds: ['a', 'b'], holderIds: ['b', 'c', 'd'] }));
    expect(count).toEqual({ people: 4, registrants: 2, holders: 3, channelPosts: 1 });
  });

  it('says the holders are unknown when notifications could not tell, counting the registrants only', () => {
    expect(countAudience(audience({ memberIds: ['a'], holderIds: null, channel: false }))).toEqual({
      people: 1,
      registrants: 1,
      holders: null,
      channelPosts: 0,
    });
  });

  it('ignores holders when events says calendar holders are not told', () => {
    expect(countAudience(audience({ calendarHolders: false, memberIds: ['a'], holderIds: ['x'] })).people).toBe(1);
  });
});
