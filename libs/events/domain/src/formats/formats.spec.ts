import { InvalidFormatError, UnknownFormatError } from '../errors';
import { builtInFormats, getFormat } from './built-in-formats';
import { Format, formatSchema, parseFormat } from './format';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const slot = (format: Format, id: string) => {
  const found = format.agenda.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no slot ${id}`);
  return found;
};
const clone = <T>(value: T): T => structuredClone(value);

describe('built-in formats', () => {
  it.each(builtInFormats.map((format) => [format.id, format]))('%s passes the schema organisers are held to', (_id, format) => {
    expect(parseFormat(format)).toEqual(format);
  });

  it('has a French and an English text everywhere, with as many English bullets as French ones', () => {
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if ('fr' in record && 'en' in record && Array.isArray(record.fr)) expect((record.en as unknown[]).length).toBe(record.fr.length);
        Object.values(record).forEach(walk);
      }
    };
    builtInFormats.forEach(walk);
  });

  it('times the open forum from the seed: 10h–18h, topics at 10h, lunch 12h30–14h, stand-up 16h–17h', () => {
    const forum = getFormat('open-forum');
    const start = minutesOf('10:00');
    expect(forum.defaultStartTime).toBe('10:00');
    expect(forum.defaultDurationMinutes).toBe(minutesOf('18:00') - start);
    expect(slot(forum, 'opening').offsetMinutes).toBe(0);
    expect(slot(forum, 'lunch')).toMatchObject({
      kind: 'break',
      offsetMinutes: minutesOf('12:30') - start,
      durationMinutes: minutesOf('14:00') - minutesOf('12:30'),
    });
    expect(slot(forum, 'product-stand-up')).toMatchObject({
      kind: 'stand-up',
      offsetMinutes: minutesOf('16:00') - start,
      durationMinutes: 60,
    });
    expect(forum.suggestedRrule).toBe('FREQ=MONTHLY;INTERVAL=2');
    expect(forum.contributionKinds.map((kind) => kind.id)).toEqual(['workshop']);
    expect(forum.roles.map((role) => role.id)).toEqual(expect.arrayContaining(['participant', 'scribe']));
    expect(forum.attendanceRules?.fr).toContain('On a le droit de ne pas venir.');
  });

  it('fills the open-forum day with back-to-back slots and no gap', () => {
    const forum = getFormat('open-forum');
    forum.agenda.slice(1).forEach((current, index) => {
      const previous = forum.agenda[index];
      expect(current.offsetMinutes).toBe(previous.offsetMinutes + previous.durationMinutes);
    });
    const last = forum.agenda[forum.agenda.length - 1];
    expect(last.offsetMinutes + last.durationMinutes).toBe(forum.defaultDurationMinutes);
  });

  it('follows the peer-group seed: roles, timed agenda, the four round-table questions and the contribution kinds', () => {
    const group = getFormat('peer-group');
    expect(group.roles.map((role) => role.label.fr)).toEqual(['Guide', 'Contributeur·rice', 'Participant·e']);
    expect(group.agenda.map((s) => [s.id, s.durationMinutes])).toEqual([
      ['introduction', 2],
      ['round-table', 25],
      ['exchange', 45],
      ['anticipation', 10],
    ]);
    group.agenda.slice(1).forEach((current, index) => {
      expect(current.offsetMinutes).toBe(group.agenda[index].offsetMinutes + group.agenda[index].durationMinutes);
    });
    expect(slot(group, 'round-table').purpose?.fr).toContain('20-30 minutes');
    expect(slot(group, 'round-table').details?.fr).toHaveLength(4);
    expect(slot(group, 'exchange').details?.fr).toEqual(['Présentation des contributeurs (30 min)', 'Discussion de groupe (15 min)']);
    expect(slot(group, 'anticipation').details?.fr).toContain('Attribuer les rôles pour la prochaine session');
    // A round table that takes the seed's upper bound of 30 minutes still fits the default duration.
    const longest = group.agenda.reduce((sum, s) => sum + s.durationMinutes, 0) - 25 + 30;
    expect(longest).toBeLessThanOrEqual(group.defaultDurationMinutes);
    expect(group.contributionKinds.map((kind) => kind.id)).toEqual(['talk', 'demo', 'experienceReport', 'invitedExpert']);
  });

  it('throws UnknownFormatError for an unknown id', () => {
    expect(() => getFormat('hackathon')).toThrow(UnknownFormatError);
  });
});

describe('parseFormat (organiser-defined formats)', () => {
  const base = () => clone(getFormat('peer-group'));
  const problemOf = (input: unknown) => {
    try {
      parseFormat(input);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidFormatError);
      return (error as Error).message;
    }
    throw new Error('expected the format to be rejected');
  };

  it('accepts a custom format and exposes its schema', () => {
    const custom = { ...base(), id: 'lunch-talk', defaultDurationMinutes: 82 };
    expect(formatSchema.safeParse(custom).success).toBe(true);
  });

  it('rejects a slot that ends after the format duration', () => {
    const format = base();
    format.agenda[3].durationMinutes = 19;
    expect(problemOf(format)).toMatch(/agenda\.3: slot "anticipation" ends at minute 91, after the format's 90 minutes/);
  });

  it('rejects a negative offset', () => {
    const format = base();
    format.agenda[0].offsetMinutes = -5;
    expect(problemOf(format)).toMatch(/agenda\.0\.offsetMinutes: must not be negative/);
  });

  it('rejects empty or blank titles', () => {
    const format = base();
    format.agenda[1].title.fr = '   ';
    format.name.en = '';
    const message = problemOf(format);
    expect(message).toMatch(/agenda\.1\.title\.fr: must not be empty/);
    expect(message).toMatch(/name\.en: must not be empty/);
  });

  it('rejects duplicate slot ids, an empty agenda and a malformed start time', () => {
    const duplicated = base();
    duplicated.agenda[1].id = 'introduction';
    expect(problemOf(duplicated)).toMatch(/duplicate id "introduction"/);
    expect(problemOf({ ...base(), agenda: [] })).toMatch(/needs at least one slot/);
    expect(problemOf({ ...base(), defaultStartTime: '25:00' })).toMatch(/defaultStartTime/);
  });
});

describe('parseFormat: a timetable without overlaps', () => {
  it('rejects two slots that overlap', () => {
    const format = clone(getFormat('peer-group'));
    format.agenda[2].offsetMinutes = 20;
    expect(() => parseFormat(format)).toThrow(/slot "exchange" starts at minute 20, before slot "round-table" ends \(minute 27\)/);
  });
});
