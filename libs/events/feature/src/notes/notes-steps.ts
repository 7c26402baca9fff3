import { noFacts, recipientsOf, scribesToRemind } from '@cercle/events-domain';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import { audienceOf } from '../lifecycle/audience';
import { announceChange, requestNotification, type StepContext, type StepEffect } from '../lifecycle/step-context';
import { audienceFacts } from '../roles/audience-facts';
import { namedScribes } from '../workshops/scribes';
import { notesDeadline } from './notes-deadline';

async function owing(ctx: StepContext) {
  const submitted = (await ctx.em.find(OccurrenceNote, { occurrenceId: ctx.occurrence.id })).map((note) => note.workshop);
  const scribes = await namedScribes(ctx.em, ctx.occurrence.id);
  return { scribes, owing: scribesToRemind(scribes, submitted) };
}

/** remindNotes: the scribes whose workshop has no notes yet get their signed notes link and the deadline. */
export const remindNotes: StepEffect = {
  skipReason: async (ctx) => {
    const { scribes, owing: due } = await owing(ctx);
    if (!scribes.length) return 'no scribes named';
    return due.length ? null : 'every scribe has submitted their notes';
  },
  run: async (ctx) => {
    const { owing: due } = await owing(ctx);
    const audience = audienceOf(recipientsOf('notesReminder', await audienceFacts(ctx.em, ctx.occurrence)), ctx.series.communityId);
    const memberIds = audience?.type === 'members' ? audience.memberIds : [];
    const { deadline } = await notesDeadline(ctx.em, ctx.series, ctx.occurrence);
    const id = requestNotification(ctx, {
      kind: 'notesReminder',
      audience: { type: 'members', memberIds },
      deadline: deadline.toISOString(),
      links: { register: false, notes: true, roleResponse: false, contribution: false },
      // Each scribe's workshops still without notes: notifications shows each reader their own.
      contributions: due.map((s) => ({
        memberId: s.memberId,
        memberName: s.name,
        role: 'scribe' as const,
        kind: null,
        title: null,
        materialsUrl: null,
        workshop: s.workshop,
        missing: [],
      })),
    });
    return `notes reminder requested for ${memberIds.length} scribe(s) of ${due.length} workshop(s) without notes (message ${id})`;
  },
};

/** archiveNotes: the notes go to the channel as one thread, each with its scribe's name. */
export const archiveNotes: StepEffect = {
  skipReason: async (ctx) => ((await ctx.em.count(OccurrenceNote, { occurrenceId: ctx.occurrence.id })) ? null : 'no notes submitted'),
  run: async (ctx) => {
    const notes = await ctx.em.find(OccurrenceNote, { occurrenceId: ctx.occurrence.id }, { orderBy: { workshop: 'asc' } });
    // Notes an organiser entered without a name still credit the workshop's named scribe.
    const scribes = new Map((await namedScribes(ctx.em, ctx.occurrence.id)).map((s) => [s.workshop, s.name]));
    // The archive is the channel's: nobody is told personally (the table gives it no recipients).
    const id = requestNotification(ctx, {
      kind: 'notesArchive',
      audience: audienceOf(recipientsOf('notesArchive', noFacts), ctx.series.communityId)!,
      notes: notes.map((note) => ({
        workshop: note.workshop,
        scribe: note.scribeName ?? scribes.get(note.workshop) ?? null,
        markdown: note.markdown,
      })),
    });
    announceChange(ctx);
    return `notes of ${notes.length} workshop(s) archived (message ${id})`;
  },
};
