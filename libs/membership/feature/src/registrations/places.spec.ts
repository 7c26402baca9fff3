import { freePlaces, placeFor } from './places';

describe('where an answer stands once capacity is applied', () => {
  it('gives a yes a place while places are free, and the waiting list once they are all taken', () => {
    expect(placeFor('yes', null, 2, 3)).toBe('confirmed');
    expect(placeFor('yes', null, 3, 3)).toBe('waitlisted');
  });

  it('gives every yes a place when there is no capacity', () => {
    expect(placeFor('yes', null, 5000, null)).toBe('confirmed');
  });

  it('lets a confirmed person who says yes again keep their place even when the capacity was lowered', () => {
    expect(placeFor('yes', 'confirmed', 10, 4)).toBe('confirmed');
  });

  it('keeps a waitlisted person on the waiting list when they say yes again and nothing is free', () => {
    expect(placeFor('yes', 'waitlisted', 3, 3)).toBe('waitlisted');
  });

  it('holds no place for no or maybe, whatever the place before', () => {
    for (const current of ['confirmed', 'waitlisted', 'declined', null] as const) {
      expect(placeFor('no', current, 0, 3)).toBe('declined');
      expect(placeFor('maybe', current, 0, 3)).toBe('declined');
    }
  });

  it('counts no free place when the capacity was lowered below the confirmed count', () => {
    expect(freePlaces(3, 5)).toBe(0);
    expect(freePlaces(5, 3)).toBe(2);
    expect(freePlaces(null, 3)).toBe(Number.POSITIVE_INFINITY);
  });
});
