import type { OccurrenceRef } from '../entities/occurrence-ref.entity';
import { pageText } from './registration-page.text';
import { occurrenceDetails } from './registration-page.view';

// Monday 1 February 2027, 10:00–12:00 in Paris: a first of the month, where French writes « 1er ».
function occurrence(timeZone = 'Europe/Paris'): OccurrenceRef {
  return {
    id: 'o1',
    seriesId: 's1',
    communityId: 'c1',
    title: 'Forum',
    status: 'open',
    registrationOpen: true,
    capacity: null,
    startsAt: new Date('2027-02-01T09:00:00Z'),
    endsAt: new Date('2027-02-01T11:00:00Z'),
    timeZone,
    location: null,
    theme: null,
    agenda: [],
    rules: null,
  } as unknown as OccurrenceRef;
}

describe('the date on the registration and join pages', () => {
  it('reads as in the emails, « lundi 1er février 2027 » and "Monday 1 February 2027", with the zone', () => {
    const fr = occurrenceDetails(pageText.fr, 'fr', { occurrence: occurrence() });
    expect(fr).toContain('lundi 1er février 2027, 10:00–12:00 (heure de Paris)');
    expect(fr).not.toContain('lundi 1 février');
    const en = occurrenceDetails(pageText.en, 'en', { occurrence: occurrence() });
    expect(en).toContain('Monday 1 February 2027, 10:00–12:00 (Paris time)');
  });

  it('elides the zone as the emails do', () => {
    expect(occurrenceDetails(pageText.fr, 'fr', { occurrence: occurrence('Europe/Amsterdam') })).toContain('(heure d’Amsterdam)');
  });
});

describe('the remembered date of an occurrence', () => {
  it('reads anew once the occurrence has moved', () => {
    const moved = {
      ...occurrence(),
      startsAt: new Date('2027-02-02T09:00:00Z'),
      endsAt: new Date('2027-02-02T11:00:00Z'),
    } as OccurrenceRef;
    expect(occurrenceDetails(pageText.fr, 'fr', { occurrence: occurrence() })).toContain('lundi 1er février 2027');
    expect(occurrenceDetails(pageText.fr, 'fr', { occurrence: moved })).toContain('mardi 2 février 2027');
  });
});
