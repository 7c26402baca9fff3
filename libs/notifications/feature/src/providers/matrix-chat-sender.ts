import type { ChatPost, ChatSender, DirectMessage } from './chat-sender';
import type { Fetch } from './mattermost-client';
import { MatrixClientCalls } from './matrix-client';
import { editContent, fileContent, textContent } from './matrix-content';
import { matrixTxnId } from './matrix-failure';

export interface MatrixChatSenderOptions {
  /** The homeserver's base URL, e.g. https://matrix.agent.tchap.gouv.fr (no /_matrix). */
  homeserverUrl: string;
  /** A bot account's access token. Kept inside the client; never logged nor put in an error. */
  accessToken: string;
  fetch?: Fetch;
}

/**
 * Posts as one bot account on one Matrix homeserver (Tchap is one): a community's room plays the
 * Mattermost channel, a direct-message room per person plays the direct channel, `m.thread` relations
 * play the root post's thread. Every send carries a transaction id derived from its idempotency key, so
 * the homeserver itself drops a retried duplicate. Errors are DeliveryErrors (see matrix-failure.ts).
 */
export class MatrixChatSender implements ChatSender {
  private readonly calls: MatrixClientCalls;
  // One lookup (or creation) of a person's DM room at a time in this process, remembered once found.
  private readonly dmRooms = new Map<string, Promise<string>>();

  constructor(options: MatrixChatSenderOptions) {
    this.calls = new MatrixClientCalls(options);
  }

  /**
   * A text event, and its file (uploaded, then sent as an `m.file` event in the same thread: Matrix has
   * no attachment on a text message). The text's event id is the post's id, the root of its thread.
   */
  async post(p: ChatPost): Promise<{ postId: string }> {
    const postId = await this.calls.sendMessage(p.channelId, textContent(p.message, p.rootId), matrixTxnId(p.idempotencyKey));
    if (p.file) {
      const bytes = typeof p.file.content === 'string' ? Buffer.from(p.file.content, 'utf8') : p.file.content;
      const contentUri = await this.calls.upload(bytes, p.file.name, p.file.mimeType);
      const file = { name: p.file.name, mimeType: p.file.mimeType, size: bytes.length, contentUri };
      const fileKey = p.idempotencyKey ? `${p.idempotencyKey}/file` : undefined;
      await this.calls.sendMessage(p.channelId, fileContent(file, p.rootId ?? postId), matrixTxnId(fileKey));
    }
    return { postId };
  }

  /** Sends an `m.replace` edit of the event; a fresh transaction id, as each edit is a new event. */
  async editPost(p: { channelId: string; postId: string; message: string }): Promise<void> {
    await this.calls.sendMessage(p.channelId, editContent(p.message, p.postId), matrixTxnId());
  }

  async directMessage(p: DirectMessage): Promise<{ postId: string; channelId: string }> {
    const roomId = await this.dmRoom(p.username);
    const { postId } = await this.post({ channelId: roomId, message: p.message, idempotencyKey: p.idempotencyKey });
    return { postId, channelId: roomId };
  }

  private dmRoom(userId: string): Promise<string> {
    let room = this.dmRooms.get(userId);
    if (!room) {
      room = this.findOrCreateDmRoom(userId);
      this.dmRooms.set(userId, room);
      room.catch(() => this.dmRooms.delete(userId));
    }
    return room;
  }

  /**
   * The room listed for this person in the bot's m.direct account data (what every Matrix client reads
   * to know which room is "the" conversation with someone), else a new direct room, then listed there.
   * m.direct is read again just before writing, so rooms another process added meanwhile are kept.
   * If the write fails after the creation, the next attempt creates another room: a spare empty room,
   * never a lost message.
   */
  private async findOrCreateDmRoom(userId: string): Promise<string> {
    const known = (await this.calls.directRooms())[userId]?.[0];
    if (known) return known;
    const roomId = await this.calls.createDirectRoom(userId);
    const latest = await this.calls.directRooms();
    await this.calls.setDirectRooms({ ...latest, [userId]: [...(latest[userId] ?? []), roomId] });
    return roomId;
  }
}
