import { renderBallotPage } from '../topics/ballot.view';
import type { BallotView } from '../topics/ballot.service';
import type { DayView } from './day.service';
import { renderDayPage } from './day.view';

// Monday 1 February 2027, 10:00–18:00 in Paris: a first of the month, where French writes « 1er ».
const occurrence = {
  id: 'o1',
  title: 'Forum',
  startsAt: new Date('2027-02-01T09:00:00Z'),
  endsAt: new Date('2027-02-01T17:00:00Z'),
  timeZone: 'Europe/Paris',
};

function day(phase: DayView['phase']): DayView {
  return {
    occurrence: { ...occurrence, location: null, cancelled: false },
    language: 'fr',
    phase,
    kinds: [],
    programme: { slots: [], unplaced: [] },
    proposed: [],
    needScribe: [],
  } as unknown as DayView;
}

const ballot = {
  occurrence: { ...occurrence, status: 'open' },
  member: { memberId: 'm1', name: 'Alice' },
  language: 'fr',
  votesOpen: true,
  topics: [],
} as unknown as BallotView;

describe('the date on the day page and the ballot', () => {
  it('reads as in the emails on the day page, in French and English', () => {
    expect(renderDayPage({ lang: 'fr', view: day('open'), path: '/day/x' })).toContain(
      'lundi 1er février 2027, 10:00–18:00 (heure de Paris)',
    );
    expect(renderDayPage({ lang: 'en', view: day('open'), path: '/day/x' })).toContain('Monday 1 February 2027, 10:00–18:00 (Paris time)');
  });

  it('names the day as the emails do when the page is not open yet', () => {
    expect(renderDayPage({ lang: 'fr', view: day('before'), path: '/day/x' })).toContain('le lundi 1er février 2027.');
    expect(renderDayPage({ lang: 'en', view: day('before'), path: '/day/x' })).toContain('gathering, Monday 1 February 2027.');
  });

  it('reads as in the emails on the ballot, in French and English', () => {
    expect(renderBallotPage({ lang: 'fr', view: ballot, action: '/topics/ballot/x' })).toContain(
      'lundi 1er février 2027, 10:00–18:00 (heure de Paris)',
    );
    expect(renderBallotPage({ lang: 'en', view: ballot, action: '/topics/ballot/x' })).toContain(
      'Monday 1 February 2027, 10:00–18:00 (Paris time)',
    );
  });
});
