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

  it("puts the events API's refusals next to the field they concern", () => {
    expect(occurrenceForms.roles.errors({ code: 'guide-also-contributor', message: 'one role each' })).toEqual({
      contributorMemberIds: 'one role each',
    });
    expect(occurrenceForms.placement.errors({ code: 'PLACEMENT_CONFLICT', message: 'Salle A is taken' })).toEqual({
      room: 'Salle A is taken',
    });
    expect(occurrenceForms.reschedule.errors({ issues: [{ path: '', message: 'give exactly one of localStart and startsAt' }] })).toEqual({
      localStart: 'give exactly one of localStart and startsAt',
    });
    expect(occurrenceForms.cancel.errors({ code: 'occurrence-cancelled', message: 'cancelled' })).toEqual({ _form: 'cancelled' });
  });
});
