import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { renderSeriesIndex, type IndexedSession, type Language } from '@cercle/notifications-domain';
import { takeTurn } from '@cercle/platform';
import { SeriesIndexPost, type IndexChat } from '../entities/series-index-post.entity';
import { DeliveryError, type ChatSender } from '../providers';

type Request = PayloadOf<'notification.requested'>;

/**
 * After an occurrence's notes thread is posted in a chat: adds the session to its series' index in that chat
 * and edits the index post in place (posted the first time, or again in a channel it was not in, or if it was deleted). One
 * series and chat at a time (an advisory lock), so two archives never post two indexes. Re-running it for the same
 * occurrence replaces its line: a retried delivery edits the same post again.
 */
export async function keepSeriesIndex(
  em: EntityManager,
  chat: ChatSender,
  options: {
    chat: IndexChat;
    channelId: string;
    request: Request;
    rootPostId: string;
    mattermostUrl: string | undefined;
    language: Language;
    now: Date;
  },
): Promise<{ postId: string; edited: boolean }> {
  const { occurrence } = options.request;
  return em.fork().transactional(async (tx) => {
    await takeTurn(tx, `series-index:${occurrence.seriesId}:${options.chat}`);
    const row =
      (await tx.findOne(SeriesIndexPost, { seriesId: occurrence.seriesId, chat: options.chat })) ??
      tx.create(SeriesIndexPost, {
        seriesId: occurrence.seriesId,
        chat: options.chat,
        channelId: options.channelId,
        postId: null,
        // A series that adds a chat lists its earlier sessions there too, without links to another chat's threads.
        sessions: await sessionsKeptElsewhere(tx, occurrence.seriesId, options.chat),
        updatedAt: options.now,
      });
    if (row.channelId !== options.channelId) Object.assign(row, { channelId: options.channelId, postId: null });
    const link = threadLink(options.chat, options.channelId, options.rootPostId, options.mattermostUrl);
    row.sessions = [
      ...row.sessions.filter((s) => s.occurrenceId !== occurrence.occurrenceId),
      { occurrenceId: occurrence.occurrenceId, startsAt: occurrence.startsAt, title: occurrence.title, theme: occurrence.theme, link },
    ];
    row.updatedAt = options.now;
    const message = renderSeriesIndex({
      seriesTitle: occurrence.title,
      sessions: row.sessions,
      timeZone: occurrence.timeZone,
      language: options.language,
    });
    let edited = false;
    if (row.postId) {
      try {
        await chat.editPost({ channelId: row.channelId, postId: row.postId, message });
        edited = true;
      } catch (error) {
        // Deleted or no longer ours: post a new index rather than lose it; anything else is retried.
        if (!(error instanceof DeliveryError && error.permanent)) throw error;
        row.postId = null;
      }
    }
    if (!row.postId) row.postId = (await chat.post({ channelId: options.channelId, message })).postId;
    return { postId: row.postId, edited };
  });
}

/**
 * A link to a notes thread's root. Mattermost: `_redirect` stands for the team in a permalink (Mattermost
 * 5.16 and later), so the channel's team need not be looked up. Matrix: a matrix.to permalink to the event,
 * which every client opens (a room id, never a user's, so it is no mention).
 */
function threadLink(chat: IndexChat, channelId: string, rootPostId: string, mattermostUrl: string | undefined): string | null {
  if (chat === 'matrix') return `https://matrix.to/#/${encodeURIComponent(channelId)}/${encodeURIComponent(rootPostId)}`;
  return mattermostUrl ? `${mattermostUrl.replace(/\/+$/, '')}/_redirect/pl/${rootPostId}` : null;
}

async function sessionsKeptElsewhere(em: EntityManager, seriesId: string, chat: IndexChat): Promise<IndexedSession[]> {
  const other = await em.findOne(SeriesIndexPost, { seriesId, chat: { $ne: chat } });
  return (other?.sessions ?? []).map((s) => ({ ...s, link: null }));
}
