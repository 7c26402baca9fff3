import { keptValues, occurrenceForms } from './occurrence-forms';

describe('the occurrence forms', () => {
  it('reads ticked contributors as a list and no guide as null', () => {
    expect(occurrenceForms.roles.body({ _csrf: 't', guideMemberId: '', contributorMemberIds: ['a', 'b'] })).toEqual({
      guideMemberId: null,
      contributorMemberIds: ['a', 'b'],
    });
    expect(occurrenceForms.roles.body({ guideMemberId: 'g', contributorMemberIds: 'a' })).toEqual({
      guideMemberId: 'g',
      contributorMemberIds: ['a'],
    });
    expect(keptValues({ _csrf: 't', contributorMemberIds: ['a', 'b'] })).toEqual({ contributorMemberIds: 'a,b' });
  });

  it("puts the events API's refusals next to the field they concern, in the console's words for the known ones", () => {
    expect(occurrenceForms.roles.errors({ code: 'guide-also-contributor', message: 'one role each' }, 'fr')).toEqual({
      contributorMemberIds: 'La personne qui guide ne peut pas être aussi contributrice.',
    });
    expect(occurrenceForms.placement.errors({ code: 'PLACEMENT_CONFLICT', message: 'Salle A is taken' }, 'en')).toEqual({
      room: 'This room is already taken at that time.',
    });
    expect(
      occurrenceForms.reschedule.errors({ issues: [{ path: '', message: 'give exactly one of localStart and startsAt' }] }, 'fr'),
    ).toEqual({
      localStart: 'give exactly one of localStart and startsAt',
    });
    expect(occurrenceForms.cancel.errors({ code: 'occurrence-cancelled', message: 'cancelled' }, 'fr')).toEqual({
      _form: 'Cette séance est annulée.',
    });
    expect(occurrenceForms.vote.errors({ code: 'brand-new-refusal', message: 'Something new' }, 'fr')).toEqual({ _form: 'Something new' });
  });
});
