import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@cercle/platform';
import type { EventsConfig } from '../events.config';

/** The chat server did not answer in time, or refused Cercle's bot token: nothing may be recorded. */
export class ChatUnavailableError extends Error {
  constructor(reason: string) {
    super(`Mattermost is unavailable: ${reason}`);
    this.name = 'ChatUnavailableError';
  }
}

export interface ChatServerUser {
  username: string;
  email: string | null;
}

export interface ChatServerPost {
  id: string;
  channel_id: string;
  message: string;
  props: Record<string, unknown>;
}

// Mattermost waits 3 s for a slash command's answer; each call to it gets well under that, so the
// command can still answer "not now" in time when the server hangs.
const CALL_TIMEOUT_MS = 1200;

/**
 * The two reads the chat needs from Mattermost's REST API v4, with Cercle's bot token: who a user id is
 * (a button call's body is believed for the id only; a command's form does not carry the email), and the
 * announcement post a button edits (its message is the notifications service's, kept as it is).
 * Plain `fetch` with a deadline rather than Client4, which has no per-call timeout.
 */
@Injectable()
export class ChatDirectory {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: EventsConfig) {}

  /** Who a Mattermost user id is (username and account email), or null when Mattermost knows no such user. */
  async userOf(userId: string): Promise<ChatServerUser | null> {
    const user = await this.get<{ username?: string; email?: string }>(`/users/${encodeURIComponent(userId)}`);
    return user ? { username: user.username ?? '', email: user.email || null } : null;
  }

  async post(postId: string): Promise<ChatServerPost | null> {
    return this.get<ChatServerPost>(`/posts/${encodeURIComponent(postId)}`);
  }

  /** The resource, null when Mattermost says it does not exist; throws ChatUnavailableError otherwise. */
  private async get<T>(path: string): Promise<T | null> {
    const { MATTERMOST_URL: url, MATTERMOST_TOKEN: token } = this.config;
    if (!url || !token) throw new ChatUnavailableError('MATTERMOST_URL is not set');
    let response: Response;
    try {
      response = await fetch(`${url.replace(/\/+$/, '')}/api/v4${path}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ChatUnavailableError(error instanceof Error ? error.name : 'no answer');
    }
    if (response.status === 404) return null;
    if (!response.ok) throw new ChatUnavailableError(`GET ${path.split('/')[1]} answered ${response.status}`);
    return (await response.json()) as T;
  }
}
