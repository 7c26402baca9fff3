import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { renderSeriesIndex, type Language } from '@cercle/notifications-domain';
import { takeTurn } from '@cercle/platform';
import { SeriesIndexPost } from '../entities/series-index-post.entity';
import { DeliveryError, type ChatSender } from '../providers';

type Request = PayloadOf<'notification.requested'>;

/**
 * After an occurrence's notes thread is posted: adds the session to its series' index and edits the index
 * post in place (posted the first time, or again in a channel it was not in, or if it was deleted). One
 * series at a time (an advisory lock), so two archives never post two indexes. Re-running it for the same
 * occurrence replaces its line: a retried delivery edits the same post again.
 */
export async function keepSeriesIndex(
  em: EntityManager,
  chat: ChatSender,
  options: { channelId: string; request: Request; rootPostId: string; mattermostUrl: string | undefined; language: Language; now: Date },
): Promise<{ postId: string; edited: boolean }> {
  const { occurrence } = options.request;
  return em.fork().transactional(async (tx) => {
    await takeTurn(tx, `series-index:${occurrence.seriesId}`);
    const row =
      (await tx.findOne(SeriesIndexPost, { seriesId: occurrence.seriesId })) ??
      tx.create(SeriesIndexPost, {
        seriesId: occurrence.seriesId,
        channelId: options.channelId,
        postId: null,
        sessions: [],
        updatedAt: options.now,
      });
    if (row.channelId !== options.channelId) Object.assign(row, { channelId: options.channelId, postId: null });
    // `_redirect` stands for the team in a permalink (Mattermost 5.16 and later): the channel's team need not be looked up.
    const link = options.mattermostUrl ? `${options.mattermostUrl.replace(/\/+$/, '')}/_redirect/pl/${options.rootPostId}` : null;
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
