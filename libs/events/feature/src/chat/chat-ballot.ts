import type { EntityManager } from '@mikro-orm/postgresql';
import { chatButton, type ChatAttachment, type ChatButtonSettings } from '@cercle/contracts';
import { ballotLines, chatWords } from '@cercle/events-domain';
import type { Occurrence } from '../entities/occurrence.entity';
import { TopicVote } from '../entities/topic-vote.entity';
import { votesOpen } from '../topics/occurrence-access';
import { listTopics } from '../topics/topic-list';

// Mattermost shows at most a few dozen buttons well; a longer ballot is better read on the ballot page.
const MAX_BALLOT_TOPICS = 20;

export interface ChatBallot {
  text: string;
  attachments: ChatAttachment[];
}

/**
 * A member's ballot as an ephemeral post: one line and one signed button per topic, their own votes
 * marked. The buttons are signed for that member: a copy of their context is refused from anyone else.
 */
export async function chatBallot(
  em: EntityManager,
  occurrence: Occurrence,
  memberId: string,
  language: 'fr' | 'en',
  settings: ChatButtonSettings,
): Promise<ChatBallot> {
  const w = chatWords(language);
  if (!votesOpen(occurrence)) return { text: w.votesClosed, attachments: [] };
  const topics = (await listTopics(em, occurrence.id)).slice(0, MAX_BALLOT_TOPICS);
  if (!topics.length) return { text: w.ballotEmpty, attachments: [] };
  const mine = new Set((await em.find(TopicVote, { memberId, topicId: { $in: topics.map((t) => t.id) } })).map((vote) => vote.topicId));
  const lines = ballotLines(
    topics.map((t) => ({ id: t.id, title: t.title, votes: t.votes, votedByMe: mine.has(t.id) })),
    language,
  );
  const buttons = topics
    .filter((t) => !mine.has(t.id))
    .map((t) => {
      const n = topics.indexOf(t) + 1;
      return chatButton({ ...settings, forMemberId: memberId }, `cerclevote${n}`, `${w.voteButton} ${n}`, {
        action: 'vote',
        occurrenceId: occurrence.id,
        topicId: t.id,
      });
    });
  const text = [w.ballotTitle, ...lines].join('\n');
  return { text, attachments: buttons.length ? [{ fallback: w.ballotTitle, text: '', actions: buttons }] : [] };
}
