import { formatDay, type Language } from '@cercle/words';
import type { SeriesPreviewData } from './series-preview.view';
import { stepLabel } from './step-names';

/** The date (YYYY-MM-DD) it is now in a time zone: a first date is "past" by the series' own calendar. */
export function localDate(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The warning next to "first date" when it is past: the preview (and the series) start at the rule's next
 * date to come, and the earlier ones are not planned. Null when the first date is today or later, or when
 * nothing comes (the preview says so itself).
 */
export function pastFirstDateWarning(
  firstDate: string,
  today: string,
  preview: SeriesPreviewData,
  timeZone: string,
  language: Language,
): string | null {
  const first = preview.dates[0];
  if (!first || !firstDate || firstDate >= today) return null;
  const day = formatDay(first.startsAt, timeZone, language);
  return language === 'fr'
    ? `Cette date est passée : la série commencera à sa prochaine date, ${day}. Les dates passées ne seront pas planifiées.`
    : `This date is past: the series will start at its next date, ${day}. Past dates will not be planned.`;
}

// The notes events adds to a preview (English, for any client); the console says the ones it knows itself.
const PAST_NOTE = /^firstDate \S+ is past:/;
const NONEXISTENT =
  /^(\d{4}-\d{2}-\d{2}): (\d{2}:\d{2}) does not exist in \S+ \(the clocks go forward that night\): that occurrence starts at (\d{2}:\d{2})\.$/;
const AMBIGUOUS =
  /^(\d{4}-\d{2}-\d{2}): (\d{2}:\d{2}) happens twice in \S+ \(the clocks go back that night\): that occurrence takes the first, (.+)\.$/;

/**
 * A preview note in the page's language: null for the past first date (the field's warning says it), the
 * clock-change notes reworded, any other note as events wrote it, marked as English.
 */
export function previewNoteText(note: string, language: Language): { text: string; lang?: 'en' } | null {
  if (PAST_NOTE.test(note)) return null;
  if (language === 'en') return { text: note };
  const gap = NONEXISTENT.exec(note);
  if (gap)
    return { text: `${gap[1]} : ${gap[2]} n’existe pas cette nuit-là (passage à l’heure d’été) ; cette séance commence à ${gap[3]}.` };
  const twice = AMBIGUOUS.exec(note);
  if (twice)
    return {
      text: `${twice[1]} : ${twice[2]} existe deux fois cette nuit-là (passage à l’heure d’hiver) ; cette séance prend la première, ${twice[3]}.`,
    };
  return { text: note, lang: 'en' };
}

/**
 * The lifecycle steps of the first session whose date is already past: events runs them as soon as the
 * series is created (an announcement reaches every member at once), so the organiser is told before
 * creating. One sentence per step, in the preview's order; empty when every step is still to come.
 */
export function immediateStepWarnings(preview: SeriesPreviewData, now: Date, timeZone: string, language: Language): string[] {
  return preview.steps
    .filter((s) => new Date(s.dueAt).getTime() <= now.getTime())
    .map((s) => {
      const day = formatDay(s.dueAt, timeZone, language);
      return language === 'fr'
        ? `L’étape « ${stepLabel(s.step, 'fr')} » partira dès la création : sa date prévue, ${day}, est passée.`
        : `The step “${stepLabel(s.step, 'en')}” will run as soon as the series is created: its planned date, ${day}, is past.`;
    });
}
