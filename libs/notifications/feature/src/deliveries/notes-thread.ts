import type { PayloadOf } from '@cercle/contracts';
import { renderChatPost, renderNotesReply, type Language, type RenderContext } from '@cercle/notifications-domain';
import type { ChatSender } from '../providers';
import type { DeliveryProgress } from '../entities/delivery.entity';
import { notesDocument } from './render-context';

type Request = PayloadOf<'notification.requested'>;

/**
 * Posts an occurrence's notes as one thread: a root post with the full notes attached as a Markdown
 * file, then one reply per workshop. Progress is saved after every post, so a retry after a crash or
 * a rate limit continues where it stopped instead of posting the thread a second time. Only the post
 * in flight at the moment of a crash can be doubled.
 */
export async function postNotesThread(options: {
  chat: ChatSender;
  channelId: string;
  request: Request;
  context: RenderContext;
  language: Language;
  progress: DeliveryProgress | null;
  /** Each post of the thread gets its own key derived from this one. */
  idempotencyKey: string;
  saveProgress: (progress: DeliveryProgress) => Promise<void>;
}): Promise<{ rootPostId: string; replies: number }> {
  const { chat, channelId, request, language } = options;
  const notes = request.notes ?? [];
  let progress: DeliveryProgress = { ...(options.progress ?? {}) };
  if (!progress.rootPostId) {
    const root = renderChatPost('notesArchive', options.context);
    const { postId } = await chat.post({
      channelId,
      message: root.message,
      file: { name: `notes-${request.occurrence.startsAt.slice(0, 10)}.md`, content: notesDocument(request), mimeType: 'text/markdown' },
      idempotencyKey: `${options.idempotencyKey}/root`,
    });
    progress = { rootPostId: postId, repliesPosted: 0 };
    await options.saveProgress(progress);
  }
  const rootPostId = progress.rootPostId as string;
  for (let i = progress.repliesPosted ?? 0; i < notes.length; i += 1) {
    const note = notes[i];
    const reply = renderNotesReply({ workshop: note.workshop, scribe: note.scribe ?? undefined, markdown: note.markdown }, language);
    await chat.post({ channelId, message: reply.message, rootId: rootPostId, idempotencyKey: `${options.idempotencyKey}/reply/${i}` });
    progress = { rootPostId, repliesPosted: i + 1 };
    await options.saveProgress(progress);
  }
  return { rootPostId, replies: notes.length };
}
