import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { announcementButtonsExpiry, registrationAttachment, type AnswerCounts } from '@cercle/contracts';
import { chatWords } from '@cercle/events-domain';
import { CLOCK, Clock, Outbox, SERVICE_CONFIG, UseCaseError } from '@cercle/platform';
import { verifyChatAction, type VerifiedChatAction } from '@cercle/signed-links';
import { Occurrence } from '../entities/occurrence.entity';
import { RegistrationAnswer } from '../entities/registration-answer.entity';
import { Series } from '../entities/series.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import type { EventsConfig } from '../events.config';
import { TopicsService } from '../topics/topics.service';
import { chatBallot } from './chat-ballot';
import { placeNoteOf } from './chat-occurrence';
import { identifyCaller } from './chat-caller';
import { ChatCommandService, refusalText } from './chat-command.service';
import { ChatDirectory, ChatUnavailableError, type ChatServerPost } from './chat-directory';
import type { ActionCallbackBody } from './chat.schemas';
import { handOverRegistration, recordChatAction } from './chat-writes';

/** Mattermost's answer to a button: what the clicker alone reads, and the post as it must now read. */
export interface ActionReply {
  ephemeral_text: string;
  update?: { message: string; props: Record<string, unknown> };
}

// The id of the announcement's first button (registrationAttachment), kept by Mattermost when it strips contexts.
const REGISTRATION_BUTTON = 'cercleyes';

const forged = () => new UseCaseError('chat-context-invalid', 401, 'This button was not signed by Cercle, or has expired.');

/**
 * The announcement's buttons are the channel's, so their context names nobody: the click must come from
 * a post of the community's channel carrying Cercle's registration buttons (Mattermost sends the post
 * and channel the button is on; the context itself never reaches a client, Mattermost strips it).
 */
function isAnnouncementIn(post: ChatServerPost | null, channelId: string): post is ChatServerPost {
  if (!post || post.channel_id !== channelId) return false;
  const attachments = Array.isArray(post.props?.attachments) ? (post.props.attachments as Array<{ actions?: unknown }>) : [];
  return attachments.some((a) => Array.isArray(a.actions) && a.actions.some((b) => (b as { id?: unknown }).id === REGISTRATION_BUTTON));
}

/**
 * A click on one of Cercle's buttons: the announcement's Je viens / Peut-être / Non (recorded like any
 * registration, the post's counts edited in place) or a topic's vote in a member's ballot (the ballot
 * redrawn). The context is Cercle's own, signed; the clicker is who Mattermost says clicked.
 */
@Injectable()
export class ChatActionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly directory: ChatDirectory,
    private readonly topics: TopicsService,
    private readonly commands: ChatCommandService,
    @Inject(SERVICE_CONFIG) private readonly config: EventsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async click(body: ActionCallbackBody): Promise<ActionReply> {
    const now = this.clock.now();
    const action = verifyChatAction(this.config.LINK_SECRET, body.context, now);
    if (!action) throw forged();
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: action.occurrenceId });
    if (!occurrence) throw forged();
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    // The body comes with no token: its user_name is not believed, Mattermost is asked who user_id is.
    const caller = await identifyCaller(em, this.directory, { userId: body.user_id, channelId: body.channel_id });
    if (caller.kind === 'unavailable') return { ephemeral_text: chatWords(caller.community.defaultLanguage).unavailable };
    // A context given to one member (their ballot) is theirs alone: from anyone else it is a copy.
    if (action.memberId && (caller.kind !== 'member' || caller.member.id !== action.memberId)) throw forged();
    if (caller.kind === 'notLinked') return { ephemeral_text: chatWords('fr').notLinked };
    const w = chatWords(caller.kind === 'member' ? caller.member.language : caller.community.defaultLanguage);
    if (caller.community.id !== series.communityId) return { ephemeral_text: w.wrongChannel };
    if (caller.kind === 'unknown') return { ephemeral_text: w.unknownPerson };
    // A register click edits the post: read it first, so that a Mattermost that does not answer records nothing.
    let post: ChatServerPost | null = null;
    try {
      if (action.action === 'register') post = await this.directory.post(body.post_id);
    } catch (error) {
      if (error instanceof ChatUnavailableError) return { ephemeral_text: w.unavailable };
      throw error;
    }
    if (action.action === 'register' && !isAnnouncementIn(post, body.channel_id)) throw forged();
    const { member } = caller;
    try {
      return action.action === 'register'
        ? await this.register(
            em,
            action,
            occurrence,
            member.id,
            { person: member.language, channel: caller.community.defaultLanguage },
            post!,
            now,
          )
        : await this.vote(em, action, occurrence, member.id, member.language, now);
    } catch (error) {
      if (error instanceof UseCaseError && error.status < 500) return { ephemeral_text: refusalText(error, member.language) };
      throw error;
    }
  }

  private async register(
    em: EntityManager,
    action: Extract<VerifiedChatAction, { action: 'register' }>,
    occurrence: Occurrence,
    memberId: string,
    language: { person: 'fr' | 'en'; channel: 'fr' | 'en' },
    post: ChatServerPost,
    now: Date,
  ): Promise<ActionReply> {
    const w = chatWords(language.person);
    if (occurrence.status !== 'open') return { ephemeral_text: occurrence.status === 'cancelled' ? w.cancelled : w.registrationClosed };
    // Where the answer puts the person is read before it is handed over: the copy still holds the old answer.
    const place = action.answer === 'yes' ? await placeNoteOf(em, occurrence, memberId, language.person) : '';
    await em.transactional((tx) =>
      handOverRegistration(tx, this.outbox, { memberId, occurrenceId: occurrence.id, answer: action.answer }, now),
    );
    const reply: ActionReply = { ephemeral_text: [w.recorded[action.answer], place].filter(Boolean).join(' ') };
    // The post is the channel's: its counts read in the community's language, with the clicker's new answer.
    const counts = await this.countsWith(em, occurrence.id, memberId, action.answer);
    const settings = {
      publicUrl: this.config.PUBLIC_URL,
      linkSecret: this.config.LINK_SECRET,
      exp: announcementButtonsExpiry(occurrence.endsAt),
    };
    return {
      ...reply,
      update: {
        message: post.message,
        props: { ...post.props, attachments: [registrationAttachment(settings, occurrence.id, language.channel, counts)] },
      },
    };
  }

  private async vote(
    em: EntityManager,
    action: Extract<VerifiedChatAction, { action: 'vote' }>,
    occurrence: Occurrence,
    memberId: string,
    language: 'fr' | 'en',
    now: Date,
  ): Promise<ActionReply> {
    await em.transactional(async (tx) => {
      await this.topics.voteIn(tx, action.topicId, memberId, { occurrenceId: occurrence.id });
      recordChatAction(tx, 'vote', memberId, occurrence.id, now);
    });
    const topic = await em.findOneOrFail(TopicProposal, { id: action.topicId });
    const ballot = await chatBallot(em, occurrence, memberId, language, this.commands.buttonSettings(now));
    return {
      ephemeral_text: chatWords(language).voted(topic.title),
      update: { message: ballot.text, props: { attachments: ballot.attachments } },
    };
  }

  /**
   * The counts once this answer is in: membership records it a moment later and events' copy follows, so
   * the clicker's own answer is taken from the click rather than from the copy.
   */
  private async countsWith(
    em: EntityManager,
    occurrenceId: string,
    memberId: string,
    answer: 'yes' | 'maybe' | 'no',
  ): Promise<AnswerCounts> {
    const others = await em.find(RegistrationAnswer, { occurrenceId, memberId: { $ne: memberId } });
    const counts: AnswerCounts = { yes: 0, maybe: 0, no: 0 };
    for (const row of others) counts[row.answer]++;
    counts[answer]++;
    return counts;
  }
}
