import { placeOutlook } from './place-outlook';

describe('placeOutlook', () => {
  it('gives a place while one is free, and always without a capacity', () => {
    expect(placeOutlook(null, { confirmed: 2, waitlisted: 0 }, 3)).toEqual({ kind: 'confirmed' });
    expect(placeOutlook(null, { confirmed: 50, waitlisted: 0 }, null)).toEqual({ kind: 'confirmed' });
  });

  it('keeps a place already held even when the session is full', () => {
    expect(placeOutlook('confirmed', { confirmed: 3, waitlisted: 2 }, 3)).toEqual({ kind: 'confirmed' });
  });

  it('puts a newcomer at the end of the waiting list of a full session, with their position', () => {
    expect(placeOutlook(null, { confirmed: 3, waitlisted: 0 }, 3)).toEqual({ kind: 'waitlisted', position: 1 });
    expect(placeOutlook('declined', { confirmed: 3, waitlisted: 2 }, 3)).toEqual({ kind: 'waitlisted', position: 3 });
  });

  it('leaves someone already waiting on the list, their rank unknown to the copy', () => {
    expect(placeOutlook('waitlisted', { confirmed: 3, waitlisted: 4 }, 3)).toEqual({ kind: 'waitlisted', position: null });
  });
});
