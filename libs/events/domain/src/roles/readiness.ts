/** What a contributor must have handed in before the day: a title and a link to their materials. */
export type PrepItem = 'title' | 'materials';

export interface PrepState {
  title: string | null;
  materialsUrl: string | null;
}

/** What is still missing, in a fixed order (title first: it is what the others need to sync). */
export function missingPrep(prep: PrepState | null): PrepItem[] {
  const missing: PrepItem[] = [];
  if (!prep?.title?.trim()) missing.push('title');
  if (!prep?.materialsUrl?.trim()) missing.push('materials');
  return missing;
}

/**
 * Which prep message a contributor gets: a short confirmation once everything is in, the nudge otherwise.
 * Kinds are the notification kinds of the contracts.
 */
export function prepMessageKind(prep: PrepState | null): 'prepConfirmation' | 'prepReminder' {
  return missingPrep(prep).length ? 'prepReminder' : 'prepConfirmation';
}
