import { registrationCounts } from './registration-counts';

describe('registrationCounts', () => {
  it('counts a maybe as maybe and a no as no, though membership gives both the place status "declined"', () => {
    expect(
      registrationCounts([
        { answer: 'maybe', status: 'declined' },
        { answer: 'no', status: 'declined' },
        { answer: 'maybe', status: 'declined' },
      ]),
    ).toEqual({ yes: 0, maybe: 2, no: 1, confirmed: 0, waitlisted: 0 });
  });

  it('splits the yeses between those with a place and those waiting for one', () => {
    expect(
      registrationCounts([
        { answer: 'yes', status: 'confirmed' },
        { answer: 'yes', status: 'waitlisted' },
        { answer: 'yes', status: 'confirmed' },
      ]),
    ).toEqual({ yes: 3, maybe: 0, no: 0, confirmed: 2, waitlisted: 1 });
  });

  it('is all zeroes for nobody', () => {
    expect(registrationCounts([])).toEqual({ yes: 0, maybe: 0, no: 0, confirmed: 0, waitlisted: 0 });
  });
});
