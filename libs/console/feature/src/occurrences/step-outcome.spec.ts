import { stepOutcome } from './step-outcome';

describe('a lifecycle step’s outcome in the console’s words', () => {
  it('says a known skip reason whole, in French or English', () => {
    expect(stepOutcome('remindParticipants', 'skipped', 'nobody registered (yes or maybe)', 'fr')).toEqual({
      summary: 'Personne n’est inscrit (oui ou peut-être).',
      detail: null,
    });
    expect(stepOutcome('archiveNotes', 'skipped', 'no notes submitted', 'en')).toEqual({
      summary: 'No notes were submitted.',
      detail: null,
    });
  });

  it('says what a done step did and keeps events’ text, with its message ids, as the detail', () => {
    const text = 'announcement requested (message 4f1c); registration open';
    expect(stepOutcome('announce', 'done', text, 'fr')).toEqual({ summary: 'Annonce envoyée, inscriptions ouvertes.', detail: text });
  });

  it('keeps an unknown skip reason as the detail, and says nothing for a pending step', () => {
    expect(stepOutcome('hold', 'skipped', 'a new reason', 'fr')).toEqual({ summary: '', detail: 'a new reason' });
    expect(stepOutcome('hold', 'pending', null, 'fr')).toBeNull();
  });
});
