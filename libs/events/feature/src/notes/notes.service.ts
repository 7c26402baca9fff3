import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertNotesOpen, notesClosed } from '@cercle/events-domain';
import { MemberRef } from '../entities/member-ref.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import { Series } from '../entities/series.entity';
import { WorkshopScribe } from '../entities/workshop-scribe.entity';
import type { NoteBody } from './notes.schemas';
import { namedScribes } from '../workshops/scribes';
import { notesWindow } from './notes-deadline';
import { CLOCK, Clock, UseCaseError, notFound } from '@cercle/platform';

/** Who submits: an organiser (API), or a scribe through their signed link (only their own workshops). */
export type NotesAuthor = { type: 'organiser' } | { type: 'scribe'; memberId: string };

/** Notes of an occurrence's workshops: submitted until the deadline, one per workshop (again = replace). */
@Injectable()
export class NotesService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async save(occurrenceId: string, body: NoteBody, author: NotesAuthor): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      // Locked like the lifecycle does, so a note cannot slip in while archiveNotes is posting the others.
      const occurrence = await em.findOne(Occurrence, { id: occurrenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!occurrence) throw notFound('occurrence', occurrenceId);
      const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
      assertNotesOpen(await notesWindow(em, series, occurrence, this.clock.now()));
      const scribe = await em.findOne(WorkshopScribe, { occurrenceId, workshop: body.workshop });
      if (author.type === 'scribe' && scribe?.memberId !== author.memberId) {
        throw new UseCaseError('not-scribe', 403, `You are not the scribe of the workshop "${body.workshop}" of this occurrence.`);
      }
      const scribeMemberId = author.type === 'scribe' ? author.memberId : (scribe?.memberId ?? null);
      const member = scribeMemberId ? await em.findOne(MemberRef, { id: scribeMemberId }) : null;
      await em.upsert(OccurrenceNote, {
        occurrenceId,
        workshop: body.workshop,
        scribeName: body.scribeName ?? member?.name ?? null,
        scribeMemberId,
        markdown: body.markdown,
        submittedAt: this.clock.now(),
      });
    });
  }

  /** What the scribe page shows: the occurrence, the deadline, the member's workshops and their notes so far. */
  async scribeView(occurrenceId: string, memberId: string) {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    const window = await notesWindow(em, series, occurrence, this.clock.now());
    const mine = (await namedScribes(em, occurrenceId)).filter((s) => s.memberId === memberId);
    const notes = mine.length ? await em.find(OccurrenceNote, { occurrenceId, workshop: { $in: mine.map((s) => s.workshop) } }) : [];
    const byWorkshop = new Map(notes.map((n) => [n.workshop, n]));
    return {
      occurrence: {
        id: occurrence.id,
        title: series.title,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        timeZone: series.timeZone,
        status: occurrence.status,
      },
      scribeName: mine[0]?.name ?? null,
      deadline: window.deadline,
      closed: notesClosed(window),
      workshops: mine.map((s) => ({
        workshop: s.workshop,
        markdown: byWorkshop.get(s.workshop)?.markdown ?? null,
        submittedAt: byWorkshop.get(s.workshop)?.submittedAt ?? null,
      })),
    };
  }
}

export type ScribeView = Awaited<ReturnType<NotesService['scribeView']>>;
