import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { buildProgramme, dayPhase, dayWindow, MAX_TOPICS_ADDED_ON_THE_DAY, topicKindsOf, type DayPhase } from '@cercle/events-domain';
import { SERVICE_CONFIG, ServiceConfig, CLOCK, Clock, conflict, UseCaseError, notFound } from '@cercle/platform';
import { CommunityRef } from '../entities/community-ref.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { Series } from '../entities/series.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { WorkshopScribe } from '../entities/workshop-scribe.entity';
import { formatOf } from '../lifecycle/occurrence-facts';
import { lockOccurrenceForChange } from '../topics/occurrence-access';
import { listTopics, placementDayOf, topicJson } from '../topics/topic-list';
import { assertKindOffered } from '../topics/topics.service';
import { workshopScribes } from '../workshops/scribes';
import { dayLink, occurrenceOfDayLink } from './day-link';
import { coveredBefore } from '../memory/covered-before';
import type { DayScribeForm, DayTopicForm } from './day.schemas';

export type DayView = Awaited<ReturnType<DayService['open']>>;

/**
 * The room's page of an occurrence's day: the programme (room × slot) with each workshop's scribe, the
 * topics proposed, and what anyone in the room may do through the QR code: add a topic, volunteer as a
 * workshop's scribe. Only on the occurrence's local day, never on a cancelled occurrence.
 */
@Injectable()
export class DayService {
  constructor(
    private readonly em: EntityManager,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The link and its day, for the organisers (who print its QR code). */
  async link(occurrenceId: string) {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    return { occurrenceId, ...dayLink(this.config.LINK_SECRET, this.config.PUBLIC_URL, occurrence, series.timeZone) };
  }

  async open(token: string) {
    const occurrenceId = occurrenceOfDayLink(this.config.LINK_SECRET, token, this.clock.now());
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    const community = await em.findOne(CommunityRef, { id: series.communityId });
    const topics = (await listTopics(em, occurrenceId)).map(topicJson);
    const scribes = new Map((await workshopScribes(em, occurrenceId)).map((s) => [s.workshop, s.name]));
    const programme = buildProgramme(placementDayOf(series, occurrence), topics);
    const withScribe = <T extends { title: string }>(topic: T) => ({ ...topic, scribe: scribes.get(topic.title) ?? null });
    const open = topics.filter((t) => !t.selected);
    // A topic close to one a past session covered says when, so people can read those notes first.
    const covered = await coveredBefore(
      em,
      series.id,
      open.map((t) => t.title),
      this.config.PUBLIC_URL,
    );
    return {
      occurrence: {
        id: occurrence.id,
        title: occurrence.title,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        timeZone: series.timeZone,
        location: occurrence.location,
        cancelled: occurrence.status === 'cancelled',
      },
      language: community?.defaultLanguage === 'en' ? ('en' as const) : ('fr' as const),
      phase: this.phaseOf(series, occurrence),
      kinds: topicKindsOf(formatOf(series)),
      programme: {
        slots: programme.slots.map((slot) => ({
          ...slot,
          rooms: slot.rooms.map((room) => ({ room: room.room, topics: room.topics.map(withScribe) })),
        })),
        unplaced: programme.unplaced.map(withScribe),
      },
      proposed: open.map(({ id, title, kind, description, proposerName, addedOnTheDay }, index) => ({
        id,
        title,
        kind,
        description,
        proposerName,
        addedOnTheDay,
        coveredOn: covered[index][0]?.startsAt ?? null,
      })),
      /** Workshops (selected topics) a volunteer may still take notes for. */
      needScribe: topics
        .filter((t) => t.selected && !scribes.has(t.title))
        .map(({ id, title, room, localStart, localEnd }) => ({ id, title, room, localStart, localEnd })),
    };
  }

  /** A topic written on the board from a phone; sending the same one twice (a double tap) adds it once. */
  async addTopic(token: string, form: DayTopicForm): Promise<{ topicId: string; created: boolean }> {
    const occurrenceId = occurrenceOfDayLink(this.config.LINK_SECRET, token, this.clock.now());
    return this.em.fork().transactional(async (em) => {
      const { occurrence, series } = await lockOccurrenceForChange(em, occurrenceId);
      this.assertOpen(series, occurrence);
      const kinds = topicKindsOf(formatOf(series));
      const kind = form.kind ?? (kinds.length === 1 ? kinds[0] : undefined);
      if (!kind) throw new UseCaseError('topic-kind-required', 400, `Choose the kind of topic: ${kinds.join(', ')}.`);
      assertKindOffered(formatOf(series), kind);
      const sameTitle = (await em.find(TopicProposal, { occurrenceId })).find(
        (t) => t.title.toLocaleLowerCase('fr') === form.title.toLocaleLowerCase('fr') && t.proposerName === form.name,
      );
      if (sameTitle) return { topicId: sameTitle.id, created: false };
      if ((await em.count(TopicProposal, { occurrenceId, addedOnTheDay: true })) >= MAX_TOPICS_ADDED_ON_THE_DAY) {
        throw new UseCaseError(
          'day-topics-full',
          409,
          `This day already has ${MAX_TOPICS_ADDED_ON_THE_DAY} topics added on the day: ask the organisers to add more.`,
        );
      }
      const topic = em.create(TopicProposal, {
        id: randomUUID(),
        occurrenceId,
        memberId: null,
        proposerName: form.name,
        title: form.title,
        kind,
        description: form.description ?? null,
        addedOnTheDay: true,
        selected: false,
        proposedAt: this.clock.now(),
      });
      return { topicId: topic.id, created: true };
    });
  }

  /** One scribe per workshop: the first volunteer takes it; an organiser may still name someone else. */
  async volunteer(token: string, form: DayScribeForm): Promise<{ workshop: string; name: string }> {
    const occurrenceId = occurrenceOfDayLink(this.config.LINK_SECRET, token, this.clock.now());
    return this.em.fork().transactional(async (em) => {
      const { occurrence, series } = await lockOccurrenceForChange(em, occurrenceId);
      this.assertOpen(series, occurrence);
      const topic = await em.findOne(TopicProposal, { id: form.topicId, occurrenceId });
      if (!topic) throw notFound('topic', form.topicId);
      if (!topic.selected)
        throw new UseCaseError(
          'workshop-unknown',
          422,
          `"${topic.title}" is not on the programme yet: a scribe joins a workshop once it is placed.`,
        );
      const taken = await em.findOne(WorkshopScribe, { occurrenceId, workshop: topic.title });
      if (taken) throw conflict('scribe-taken', `"${topic.title}" already has a scribe.`);
      em.create(WorkshopScribe, {
        occurrenceId,
        workshop: topic.title,
        memberId: null,
        volunteerName: form.name,
        assignedAt: this.clock.now(),
      });
      return { workshop: topic.title, name: form.name };
    });
  }

  private phaseOf(series: Series, occurrence: Occurrence): DayPhase {
    return dayPhase(dayWindow(occurrence.startsAt, occurrence.endsAt, series.timeZone), this.clock.now());
  }

  private assertOpen(series: Series, occurrence: Occurrence): void {
    const phase = this.phaseOf(series, occurrence);
    if (phase !== 'open')
      throw conflict(
        phase === 'before' ? 'day-not-started' : 'day-over',
        phase === 'before' ? 'This page opens on the day.' : 'This day is over.',
      );
  }
}
