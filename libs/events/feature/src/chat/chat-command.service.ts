import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { contributionUrl, LinkPurpose, publicRegistrationUrl, type ChatAttachment, type ChatButtonSettings } from '@cercle/contracts';
import { signLink } from '@cercle/signed-links';
import {
  chatWords,
  MAX_TOPIC_TITLE,
  parseChatCommand,
  statusReply,
  topicKindsOf,
  unknownPersonReply,
  type ChatCommand,
} from '@cercle/events-domain';
import { CLOCK, Clock, Outbox, SERVICE_CONFIG, UseCaseError } from '@cercle/platform';
import { ContributionsService } from '../contributions/contributions.service';
import type { MemberRef } from '../entities/member-ref.entity';
import type { EventsConfig } from '../events.config';
import { formatOf } from '../lifecycle/occurrence-facts';
import { TopicsService } from '../topics/topics.service';
import { chatBallot } from './chat-ballot';
import { identifyCaller } from './chat-caller';
import { ChatDirectory } from './chat-directory';
import { nextOccurrenceOf, placeNoteOf, statusViewOf, welcomesGuests, type NextOccurrence } from './chat-occurrence';
import { coveredBefore } from '../memory/covered-before';
import { formatDay } from '@cercle/words';
import type { SlashCommandForm } from './chat.schemas';
import { handOverRegistration, recordChatAction } from './chat-writes';

/** Mattermost's slash command answer: ephemeral (only the person who typed it sees it). */
export interface SlashCommandReply {
  response_type: 'ephemeral';
  text: string;
  attachments?: ChatAttachment[];
}

// Signed contexts of the ballot's buttons: long enough to vote, short enough that an old ballot dies.
const BALLOT_BUTTONS_SECONDS = 24 * 3600;
const CONTRIBUTION_LINK_AFTER_SECONDS = 7 * 24 * 3600;

export const chatRefused = () => new UseCaseError('chat-token-invalid', 401, 'This call does not carry the slash command token.');

/** `/cercle …`: who is asking, what they asked, and the answer only they see. */
@Injectable()
export class ChatCommandService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly directory: ChatDirectory,
    private readonly topics: TopicsService,
    private readonly contributions: ContributionsService,
    @Inject(SERVICE_CONFIG) private readonly config: EventsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(form: SlashCommandForm): Promise<SlashCommandReply> {
    if (!this.tokenAccepted(form.token)) throw chatRefused();
    const em = this.em.fork();
    // The form carries the command token: its username is Mattermost's word.
    const caller = { userId: form.user_id, trustedUserName: form.user_name, channelId: form.channel_id };
    const outcome = await identifyCaller(em, this.directory, caller);
    if (outcome.kind === 'notLinked') return reply(chatWords('fr').notLinked);
    if (outcome.kind === 'unavailable') return reply(chatWords(outcome.community.defaultLanguage).unavailable);
    const now = this.clock.now();
    if (outcome.kind === 'unknown') {
      const language = outcome.community.defaultLanguage;
      const next = await nextOccurrenceOf(em, outcome.community.id, now);
      const joinUrl = next && welcomesGuests(next) ? publicRegistrationUrl(this.config.PUBLIC_URL, next.occurrence.id) : null;
      return reply(unknownPersonReply(joinUrl, language));
    }
    const { member } = outcome;
    const command = parseChatCommand(form.text);
    const w = chatWords(member.language);
    if (command.kind === 'help') return reply(w.help);
    if (command.kind === 'unknown') return reply(w.unknown(command.word));
    if (command.kind === 'missingTitle') return reply(w.missingTitle);
    if (command.kind === 'titleTooLong') return reply(w.titleTooLong(command.length, MAX_TOPIC_TITLE));
    const next = await nextOccurrenceOf(em, outcome.community.id, now);
    if (!next) return reply(w.noOccurrence);
    try {
      return await this.act(em, command, next, member, now);
    } catch (error) {
      if (error instanceof UseCaseError && error.status < 500) return reply(refusalText(error, member.language));
      throw error;
    }
  }

  private async act(
    em: EntityManager,
    command: Exclude<ChatCommand, { kind: 'help' | 'unknown' | 'missingTitle' | 'titleTooLong' }>,
    next: NextOccurrence,
    member: MemberRef,
    now: Date,
  ): Promise<SlashCommandReply> {
    const { occurrence, series } = next;
    const language = member.language;
    const w = chatWords(language);
    switch (command.kind) {
      case 'status':
        return reply(statusReply(await statusViewOf(em, next, member.id, language), language));
      case 'register': {
        if (occurrence.status !== 'open') return reply(occurrence.status === 'cancelled' ? w.cancelled : w.registrationClosed);
        // Where the answer puts the person is read before it is handed over: the copy still holds the old answer.
        const place = command.answer === 'yes' ? await placeNoteOf(em, occurrence, member.id, language) : '';
        await em.transactional((tx) =>
          handOverRegistration(tx, this.outbox, { memberId: member.id, occurrenceId: occurrence.id, answer: command.answer }, now),
        );
        return reply([w.recorded[command.answer], place].filter(Boolean).join(' '));
      }
      case 'propose': {
        const kinds = topicKindsOf(formatOf(series));
        const kind = kinds.includes('workshop') ? 'workshop' : kinds[0];
        await em.transactional(async (tx) => {
          await this.topics.proposeIn(tx, occurrence.id, {
            title: command.title,
            kind,
            description: null,
            memberId: member.id,
            guestName: null,
            addedOnTheDay: false,
          });
          recordChatAction(tx, 'topic', member.id, occurrence.id, now);
        });
        return reply([w.proposed(command.title), await this.coveredHint(em, next, command.title, language)].filter(Boolean).join('\n'));
      }
      case 'votes': {
        const ballot = await chatBallot(em, occurrence, member.id, language, this.buttonSettings(now));
        return { ...reply(ballot.text), ...(ballot.attachments.length ? { attachments: ballot.attachments } : {}) };
      }
      case 'ready': {
        const missing = await em.transactional(async (tx) => {
          const stillMissing = await this.contributions.markReadyIn(tx, occurrence.id, member.id);
          if (!stillMissing.length) recordChatAction(tx, 'readiness', member.id, occurrence.id, now);
          return stillMissing;
        });
        return reply(missing.length ? w.notReady(missing, this.contributionLink(occurrence, member.id)) : w.ready);
      }
    }
  }

  /** The series memory's hint, as `POST /occurrences/{id}/topics` gives it: the newest past session close to the title. */
  private async coveredHint(em: EntityManager, { series }: NextOccurrence, title: string, language: 'fr' | 'en'): Promise<string> {
    const [closest] = (await coveredBefore(em, series.id, [title], this.config.PUBLIC_URL))[0];
    if (!closest) return '';
    return chatWords(language).coveredBefore(
      formatDay(closest.startsAt.toISOString(), series.timeZone, language),
      closest.text,
      closest.notes,
    );
  }

  buttonSettings(now: Date): ChatButtonSettings {
    return {
      publicUrl: this.config.PUBLIC_URL,
      linkSecret: this.config.LINK_SECRET,
      exp: Math.floor(now.getTime() / 1000) + BALLOT_BUTTONS_SECONDS,
    };
  }

  /** The person's own contribution page (an ephemeral answer: only they see it), valid a week past the session like the emailed one. */
  private contributionLink(occurrence: NextOccurrence['occurrence'], memberId: string): string {
    const exp = Math.floor(occurrence.endsAt.getTime() / 1000) + CONTRIBUTION_LINK_AFTER_SECONDS;
    const token = signLink(this.config.LINK_SECRET, { purpose: LinkPurpose.Contribution, memberId, subjectId: occurrence.id, exp });
    return contributionUrl(this.config.PUBLIC_URL, token);
  }

  /** Constant-time against each configured token (one slash command per team each has its own). */
  private tokenAccepted(given: string): boolean {
    const tokens = (this.config.MATTERMOST_COMMAND_TOKEN ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const candidate = Buffer.from(given);
    return tokens.some((token) => {
      const expected = Buffer.from(token);
      return expected.length === candidate.length && timingSafeEqual(expected, candidate);
    });
  }
}

export function reply(text: string): SlashCommandReply {
  return { response_type: 'ephemeral', text };
}

/** A refusal from a use case (registration closed, not a contributor…) in the person's words. */
export function refusalText(error: UseCaseError, language: 'fr' | 'en'): string {
  const w = chatWords(language);
  if (error.code === 'not-a-contributor') return w.notContributor;
  if (error.code === 'occurrence-cancelled') return w.cancelled;
  if (error.code === 'votes-closed') return w.votesClosed;
  return w.refused;
}
