import { lifecycleStep, lifecycleStepJobId } from './lifecycle-step';

describe('lifecycleStepJobId', () => {
  const occurrenceId = '3f2b8c1e-9d4a-4e57-8a0b-6c1d2e3f4a5b';
  const steps = lifecycleStep.options;

  it('is deterministic, distinct per step and contains no ":" (BullMQ refuses custom ids with one)', () => {
    for (const step of steps) {
      const id = lifecycleStepJobId(occurrenceId, step);
      expect(id).toBe(lifecycleStepJobId(occurrenceId, step));
      expect(id).not.toContain(':');
      expect(id.startsWith('step-') && id.includes(occurrenceId) && id.endsWith(step)).toBe(true);
    }
    expect(new Set(steps.map((step) => lifecycleStepJobId(occurrenceId, step))).size).toBe(steps.length);
  });

  it('gives a moved step (revision > 0) a different id, still without ":", and keeps the original id for revision 0', () => {
    expect(lifecycleStepJobId(occurrenceId, 'announce', 0)).toBe(lifecycleStepJobId(occurrenceId, 'announce'));
    const moved = [1, 2].map((revision) => lifecycleStepJobId(occurrenceId, 'announce', revision));
    expect(new Set([lifecycleStepJobId(occurrenceId, 'announce'), ...moved]).size).toBe(3);
    moved.forEach((id) => expect(id).not.toContain(':'));
  });

  it('refuses an occurrence id that would put a ":" or a space in the job id', () => {
    expect(() => lifecycleStepJobId('occ:42', 'announce')).toThrow(/Invalid job id/);
    expect(() => lifecycleStepJobId(' ', 'announce')).toThrow(/Invalid job id/);
  });
});
