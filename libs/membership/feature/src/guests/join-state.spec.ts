import { joinState } from './join-state';

const now = new Date('2027-03-01T10:00:00Z');
const open = { status: 'announced', endsAt: new Date('2027-03-18T17:00:00Z'), openToGuests: true, registrationOpen: true };

describe('what the public registration page of an occurrence can do', () => {
  it('takes requests for an announced occurrence open to guests', () => {
    expect(joinState(open, now)).toBe('open');
  });

  it('says a cancelled occurrence is cancelled, even when it was for members only', () => {
    expect(joinState({ ...open, status: 'cancelled', registrationOpen: false }, now)).toBe('cancelled');
    expect(joinState({ ...open, status: 'cancelled', openToGuests: false }, now)).toBe('cancelled');
  });

  it('says an occurrence that ended (or was held) is past', () => {
    expect(joinState({ ...open, endsAt: now }, now)).toBe('past');
    expect(joinState({ ...open, status: 'held', registrationOpen: false }, now)).toBe('past');
  });

  it('sends people to the organisers when the occurrence is for members only, whatever its registration', () => {
    expect(joinState({ ...open, openToGuests: false }, now)).toBe('members-only');
  });

  it('tells apart registration not open yet from registration closed', () => {
    expect(joinState({ ...open, status: 'planned', registrationOpen: false }, now)).toBe('not-yet-open');
    expect(joinState({ ...open, status: 'closed', registrationOpen: false }, now)).toBe('closed');
  });
});
