import { peerGroup } from '../formats/peer-group';
import { previewSeries } from './series-preview';

const monthly = {
  rrule: 'FREQ=MONTHLY;BYDAY=2TH',
  startTime: '12:30',
  durationMinutes: 90,
  timeZone: 'Europe/Paris',
  firstDate: '2027-01-01',
};

describe('the preview of a new series', () => {
  it('lists the next dates after now in local time and flags each clock change since the previous date', () => {
    const preview = previewSeries({ recurrence: monthly, format: peerGroup, count: 4 }, new Date('2027-02-01T00:00:00Z'));
    expect(preview.dates.map((d) => [d.localStart, d.utcOffset, d.offsetChanged])).toEqual([
      ['2027-02-11T12:30', '+01:00', false],
      ['2027-03-11T12:30', '+01:00', false],
      ['2027-04-08T12:30', '+02:00', true],
      ['2027-05-13T12:30', '+02:00', false],
    ]);
    expect(preview.dates[2].startsAt.toISOString()).toBe('2027-04-08T10:30:00.000Z');
  });

  it("gives the first date's agenda and each lifecycle step's due time on the series' clocks", () => {
    const preview = previewSeries(
      { recurrence: monthly, format: peerGroup, count: 1, stepOffsets: { announce: -14 * 24 * 60 } },
      new Date('2027-02-01T00:00:00Z'),
    );
    expect(preview.agenda[0].localStart).toBe('12:30');
    expect(preview.agenda.map((item) => item.id)).toEqual(peerGroup.agenda.map((slot) => slot.id));
    const due = Object.fromEntries(preview.steps.map((s) => [s.step, s.localDue]));
    expect(due.announce).toBe('2027-01-28T12:30');
    expect(due.hold).toBe('2027-02-11T12:30');
    expect(due.archiveNotes).toBe('2027-02-14T14:00');
  });

  it('says when the first date asked for is already past, and is empty when the rule has ended', () => {
    expect(previewSeries({ recurrence: monthly, format: peerGroup, count: 1 }, new Date('2027-02-01T00:00:00Z')).notes[0]).toMatch(
      /2027-01-01 is past/,
    );
    const ended = previewSeries(
      { recurrence: { ...monthly, rrule: 'FREQ=MONTHLY;BYDAY=2TH;COUNT=1' }, format: peerGroup, count: 3 },
      new Date('2027-02-01T00:00:00Z'),
    );
    expect(ended).toMatchObject({ dates: [], agenda: [], steps: [] });
  });
});
