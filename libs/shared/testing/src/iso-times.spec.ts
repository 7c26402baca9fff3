import { nonIsoTimes } from './iso-times';

describe('nonIsoTimes', () => {
  it('accepts the API forms: UTC instants, local dates and local date-times (with an offset where needed)', () => {
    const answer = {
      startsAt: new Date('2027-03-18T18:00:00Z').toJSON(),
      doneAt: null,
      key: '2027-03-18',
      localStart: '2027-03-18T19:00',
      newLocalStart: '2026-10-25T02:30+01:00',
      items: [
        {
          submittedAt: '2026-11-27T10:56:57.010Z',
          title: 'Rencontre du 18 mars',
          startTime: '19:00',
          excerpt: 'Le comité a décidé en 2026 de…',
        },
      ],
    };
    expect(nonIsoTimes(answer)).toEqual([]);
  });

  it('finds raw SQL timestamps, Date.toString() and numbers or local forms under instant keys, with their path', () => {
    const answer = {
      items: [{ submittedAt: '2026-11-27 10:56:57.01+00', archivedAt: 1796036217000 }],
      nested: { when: '2026-11-27 10:56', printed: 'Fri Nov 27 2026 10:56:57 GMT+0000 (Coordinated Universal Time)' },
      dueAt: '2026-11-27T10:56',
    };
    expect(nonIsoTimes(answer)).toEqual([
      '$.items[0].submittedAt: "2026-11-27 10:56:57.01+00"',
      '$.items[0].archivedAt: 1796036217000',
      '$.nested.when: "2026-11-27 10:56"',
      '$.nested.printed: "Fri Nov 27 2026 10:56:57 GMT+0000 (Coordinated Universal Time)"',
      '$.dueAt: "2026-11-27T10:56"',
    ]);
  });
});
