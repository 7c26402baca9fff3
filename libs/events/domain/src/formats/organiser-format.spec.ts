import { InvalidFormatError } from '../errors';
import { buildAgenda } from '../agenda/build-agenda';
import { buildOrganiserFormat, organiserFormatInputSchema } from './organiser-format';

const id = '0b7c1d5e-2f3a-4b6c-8d9e-0f1a2b3c4d5e';
const lunchTalk = () => ({
  name: { fr: 'Midi conférence', en: 'Lunch talk' },
  defaultDurationMinutes: 60,
  defaultStartTime: '12:00',
  agenda: [
    { title: { fr: 'Accueil', en: 'Welcome' }, offsetMinutes: 0, durationMinutes: 10 },
    { title: { fr: 'Exposé', en: 'Talk' }, kind: 'exchange', offsetMinutes: 10, durationMinutes: 35 },
    { title: { fr: 'Questions', en: 'Questions' }, offsetMinutes: 45, durationMinutes: 15 },
  ],
});
const problemOf = (input: unknown) => {
  try {
    buildOrganiserFormat(id, input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidFormatError);
    return (error as Error).message;
  }
  throw new Error('expected the format to be rejected');
};

describe('organiser-defined formats', () => {
  it('builds a full format with generated slot ids whose agenda gets real clock times in the series zone', () => {
    const format = buildOrganiserFormat(id, lunchTalk());
    expect(format).toMatchObject({ id, description: { fr: 'Midi conférence', en: 'Lunch talk' }, roles: [], contributionKinds: [] });
    expect(format.agenda.map((slot) => [slot.id, slot.kind])).toEqual([
      ['slot-1', 'plenary'],
      ['slot-2', 'exchange'],
      ['slot-3', 'plenary'],
    ]);
    // 2027-03-28 is the spring-forward Sunday in Paris; 12:00 local is 10:00Z in summer time.
    const agenda = buildAgenda(format, new Date('2027-03-28T10:00:00Z'), 'Europe/Paris');
    expect(agenda.map((item) => `${item.localStart}-${item.localEnd}`)).toEqual(['12:00-12:10', '12:10-12:45', '12:45-13:00']);
  });

  it('rejects a slot that runs past the end of the format', () => {
    const input = lunchTalk();
    input.agenda[2].durationMinutes = 20;
    expect(problemOf(input)).toMatch(/agenda\.2: slot "slot-3" ends at minute 65, after the format's 60 minutes/);
  });

  it('rejects slots that overlap, whatever order they are given in', () => {
    const input = lunchTalk();
    input.agenda[0] = { ...input.agenda[0], offsetMinutes: 40 };
    expect(problemOf(input)).toMatch(/starts at minute 4\d, before slot "slot-\d" ends/);
  });

  it('rejects empty names, negative offsets and an empty agenda, each with its path', () => {
    const input = { ...lunchTalk(), name: { fr: ' ', en: 'x' } };
    input.agenda[1] = { ...input.agenda[1], offsetMinutes: -1 };
    const message = problemOf(input);
    expect(message).toMatch(/name\.fr: must not be empty/);
    expect(message).toMatch(/agenda\.1\.offsetMinutes: must not be negative/);
    expect(problemOf({ ...lunchTalk(), agenda: [] })).toMatch(/needs at least one slot/);
  });

  it('reports the same problems through the input schema an HTTP body is checked against', () => {
    const input = lunchTalk();
    input.agenda[1].durationMinutes = 40;
    const result = organiserFormatInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['agenda.2']);
  });
});
