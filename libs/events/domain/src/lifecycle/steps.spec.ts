import { InvalidStepOffsetsError } from '../errors';
import { DEFAULT_STEP_OFFSETS, scheduleSteps, STEP_NAMES } from './steps';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
const DAY_MS = 24 * 60 * 60 * 1000;
const occurrence = { startsAt: utc(2025, 3, 13, 9), endsAt: utc(2025, 3, 13, 17) };

describe('scheduleSteps', () => {
  it('lists every step once, in lifecycle order, with the default offsets', () => {
    const schedule = scheduleSteps(occurrence);
    expect(schedule.map((s) => s.step)).toEqual([...STEP_NAMES]);
    const dueAt = Object.fromEntries(schedule.map((s) => [s.step, s.dueAt]));
    const start = occurrence.startsAt.getTime();
    const end = occurrence.endsAt.getTime();
    expect(dueAt).toEqual({
      plan: new Date(start - 28 * DAY_MS),
      announce: new Date(start - 21 * DAY_MS),
      remindContributors: new Date(start - 7 * DAY_MS),
      escalateReadiness: new Date(start - 3 * DAY_MS),
      remindParticipants: new Date(start - 2 * DAY_MS),
      closeRegistration: new Date(start - 1 * DAY_MS),
      hold: occurrence.startsAt,
      assignNextRoles: occurrence.endsAt,
      remindNotes: new Date(end + 1 * DAY_MS),
      archiveNotes: new Date(end + 3 * DAY_MS),
    });
  });

  it('counts offsets in elapsed minutes, so "two days before" is 48 hours even across a DST change', () => {
    // 2025-03-30 02:00 Paris is skipped; an occurrence on 2025-04-01 is reminded exactly 48 h before.
    const schedule = scheduleSteps({ startsAt: utc(2025, 4, 1, 17), endsAt: utc(2025, 4, 1, 18) });
    expect(schedule.find((s) => s.step === 'remindParticipants')?.dueAt).toEqual(utc(2025, 3, 30, 17));
  });

  it('applies a series override, from the start or from the end depending on the step', () => {
    const schedule = scheduleSteps(occurrence, {
      plan: -35 * 24 * 60,
      announce: -30 * 24 * 60,
      archiveNotes: 7 * 24 * 60,
      assignNextRoles: -10,
    });
    const dueOf = (step: string) => schedule.find((s) => s.step === step)?.dueAt;
    expect(dueOf('announce')).toEqual(new Date(occurrence.startsAt.getTime() - 30 * DAY_MS));
    expect(dueOf('assignNextRoles')).toEqual(utc(2025, 3, 13, 16, 50));
    expect(dueOf('archiveNotes')).toEqual(new Date(occurrence.endsAt.getTime() + 7 * DAY_MS));
    expect(dueOf('remindContributors')).toEqual(new Date(occurrence.startsAt.getTime() + DEFAULT_STEP_OFFSETS.remindContributors * 60_000));
  });

  it('refuses overrides that would make steps fall due out of order', () => {
    expect(() => scheduleSteps(occurrence, { remindParticipants: -10 * 24 * 60 })).toThrow(InvalidStepOffsetsError);
    expect(() => scheduleSteps(occurrence, { remindParticipants: -10 * 24 * 60 })).toThrow(
      /"remindParticipants" would be due .* before step "escalateReadiness"/,
    );
    // Announcing earlier than the default plan date needs the plan moved too.
    expect(() => scheduleSteps(occurrence, { announce: -30 * 24 * 60 })).toThrow(/"announce" would be due .* before step "plan"/);
    expect(() => scheduleSteps(occurrence, { plan: Number.NaN })).toThrow(InvalidStepOffsetsError);
    expect(() => scheduleSteps({ startsAt: occurrence.endsAt, endsAt: occurrence.startsAt })).toThrow(InvalidStepOffsetsError);
  });
});
