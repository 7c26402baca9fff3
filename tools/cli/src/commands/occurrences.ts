import type { Context } from '../context';
import { table } from '../output';
import { wholeNumber } from './whole-number';
import { AgendaSlotView, agendaLines, localTime, occurrenceRows, OccurrenceSummary } from './occurrence-view';

interface OccurrenceView extends OccurrenceSummary {
  timeZone: string;
  location: string | null;
  capacity: number | null;
  registrations: { yes: number; maybe: number; no: number };
  agenda: AgendaSlotView[];
  timeline: Array<{ step: string; dueAt: string; state: string; doneAt: string | null }>;
}

export async function listOccurrences(ctx: Context, options: { series: string }): Promise<void> {
  const occurrences = await ctx.api().get<OccurrenceSummary[]>(`/series/${options.series}/occurrences`);
  ctx.out.result(occurrences, () =>
    occurrences.length ? table(ctx.text.occurrences.headers, occurrenceRows(ctx, occurrences)) : ctx.text.occurrences.none,
  );
}

export async function showOccurrence(ctx: Context, id: string): Promise<void> {
  const o = await ctx.api().get<OccurrenceView>(`/occurrences/${id}`);
  const t = ctx.text.occurrences;
  const f = t.fields;
  ctx.out.result(o, () => [
    o.title,
    t.field(f.start, `${localTime(o.localStart)} (${o.timeZone})`),
    t.field(f.status, t.status(o.status)),
    t.field(f.location, o.location ?? t.none_),
    t.field(f.capacity, o.capacity ?? t.none_),
    t.field(f.theme, o.theme ?? t.none_),
    t.field(f.registrations, t.registrations(o.registrations.yes, o.registrations.maybe, o.registrations.no)),
    t.field(f.agenda, '').trimEnd(),
    ...agendaLines(o.agenda, ctx.language),
    t.field(f.timeline, '').trimEnd(),
    ...o.timeline.map((s) => ctx.text.occurrences.step(s.step, s.state, s.doneAt ?? s.dueAt)),
  ]);
}

export async function advanceOccurrence(ctx: Context, id: string): Promise<void> {
  const answer = await ctx.api().post<{ ran: Array<{ step: string; state: string; outcome: string }> }>(`/occurrences/${id}/advance`);
  ctx.out.result(answer, () => ctx.text.occurrences.ran(answer.ran));
}

export async function rescheduleOccurrence(ctx: Context, id: string, options: { to: string; duration?: string }): Promise<void> {
  const body = {
    localStart: options.to,
    ...(options.duration !== undefined ? { durationMinutes: wholeNumber(ctx, '--duration', options.duration) } : {}),
  };
  const answer = await ctx.api().post<{ told: string; occurrence: OccurrenceView }>(`/occurrences/${id}/reschedule`, body);
  ctx.out.result(answer, () =>
    ctx.text.occurrences.rescheduled(`${localTime(answer.occurrence.localStart)} (${answer.occurrence.timeZone})`, answer.told),
  );
}

export async function cancelOccurrence(ctx: Context, id: string, options: { reason: string }): Promise<void> {
  const answer = await ctx.api().post<{ told: string }>(`/occurrences/${id}/cancel`, { reason: options.reason });
  ctx.out.result(answer, () => ctx.text.occurrences.cancelled(answer.told));
}
