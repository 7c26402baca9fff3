import type { CercleApi } from './api-client';

export type StepHook = () => Promise<void>;
export interface StepHooks {
  before?: Partial<Record<string, StepHook>>;
  after?: Partial<Record<string, StepHook>>;
}

/**
 * Runs every pending step of one occurrence in order with `advance`, as an organiser can ("run the next
 * step now"), doing what organisers and members would do around each step. Says what each step did.
 */
export async function driveOccurrence(api: CercleApi, occurrenceId: string, hooks: StepHooks, log: (line: string) => void): Promise<void> {
  for (;;) {
    const occurrence = await api.get(`/occurrences/${occurrenceId}`);
    const pending = (occurrence.timeline as Array<{ step: string; state: string }>).find((s) => s.state === 'pending');
    if (!pending) return;
    await hooks.before?.[pending.step]?.();
    const result = await api.post(`/occurrences/${occurrenceId}/advance`);
    const ran = (result.ran ?? []) as Array<{ step: string; state: string; outcome?: string | null }>;
    for (const r of ran)
      log(
        `  étape ${r.step} : ${r.state === 'done' ? 'faite' : r.state === 'skipped' ? 'sautée' : r.state}${r.outcome ? ` — ${r.outcome}` : ''}`,
      );
    await hooks.after?.[pending.step]?.();
  }
}
