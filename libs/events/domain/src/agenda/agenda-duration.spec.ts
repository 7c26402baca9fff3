import { DurationShorterThanAgendaError } from '../errors';
import { getFormat } from '../formats/built-in-formats';
import { agendaMinutes, assertDurationFitsAgenda } from './agenda-duration';

describe('an occurrence duration and its format’s agenda', () => {
  const openForum = getFormat('open-forum');

  it('measures the agenda from the start to the end of its last slot', () => {
    expect(agendaMinutes(openForum)).toBe(openForum.defaultDurationMinutes);
    expect(agendaMinutes({ agenda: [] })).toBe(0);
  });

  it('refuses a duration shorter than the agenda, saying the minimum it needs', () => {
    expect(() => assertDurationFitsAgenda(openForum, 120)).toThrow(DurationShorterThanAgendaError);
    expect(() => assertDurationFitsAgenda(openForum, 120)).toThrow(`needs at least ${agendaMinutes(openForum)} minutes`);
    try {
      assertDurationFitsAgenda(openForum, 120);
    } catch (error) {
      expect((error as DurationShorterThanAgendaError).details).toEqual({
        durationMinutes: 120,
        minimumDurationMinutes: agendaMinutes(openForum),
        formatId: 'open-forum',
      });
    }
  });

  it('accepts the agenda’s own length and anything longer', () => {
    expect(() => assertDurationFitsAgenda(openForum, agendaMinutes(openForum))).not.toThrow();
    expect(() => assertDurationFitsAgenda(openForum, agendaMinutes(openForum) + 30)).not.toThrow();
  });
});
