import { renderChatPost, renderEmail } from '../render';
import type { RenderContext } from '../render-context';
import { sampleRenderContext } from '../sample-context';

// Moved from Wednesday 10:00–18:00 to Monday 10:00–12:00 (Paris): a move that also shortens the day.
function moved(language: 'fr' | 'en', extra?: Record<string, string>): RenderContext {
  const base = sampleRenderContext(language);
  return {
    ...base,
    occurrence: {
      ...base.occurrence,
      startsAt: '2027-02-01T09:00:00Z',
      endsAt: '2027-02-01T11:00:00Z',
      previousStartsAt: '2027-01-27T09:00:00Z',
    },
    extra,
  };
}

describe('the previous date of a rescheduled occurrence', () => {
  it('shows the previous start alone when the previous end is unknown, never the old start with the new length', () => {
    const text = renderEmail('reschedule', moved('fr')).text;
    expect(text).toContain('Ancienne date : mercredi 27 janvier 2027 à 10:00 (heure de Paris)');
    expect(text).not.toContain('mercredi 27 janvier 2027, 10:00–12:00');
    expect(renderChatPost('reschedule', moved('en')).message).toContain(
      'Previous date: ~~Wednesday 27 January 2027 at 10:00 (Paris time)~~',
    );
  });

  it('shows the whole previous slot when its end is given', () => {
    const text = renderEmail('reschedule', moved('fr', { previousEndsAt: '2027-01-27T17:00:00Z' })).text;
    expect(text).toContain('Ancienne date : mercredi 27 janvier 2027, 10:00–18:00 (heure de Paris)');
    expect(text).toContain('lundi 1er février 2027, 10:00–12:00');
  });
});
