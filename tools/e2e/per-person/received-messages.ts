import ICAL from 'ical.js';
import type { CaughtMessage } from '@cercle/dev-servers';
import type { Stack } from '../../dev/src/stack';
import type { CercleApi } from '../../demo/src/api-client';
import type { CalendarMethod, Channel } from './audience-rules';
import { CHANNEL } from './expected-messages';

/** One message as a person (or the channel) received it. `id` is the mail catcher's or Mattermost's. */
export interface Received {
  id: string;
  recipient: string;
  channel: Channel;
  kind: string;
  calendar: { method: CalendarMethod; sequence: number; uid: string } | null;
}

export interface Recipient {
  name: string;
  email: string;
  chat: string | null;
}

/**
 * Everything the people of a community received about one occurrence, read from where it arrived: the
 * mail catcher (kind from the `X-Cercle-Kind` header, the calendar object parsed by ical.js) and the
 * Mattermost double (direct messages and channel posts). A post carries no header, so its kind is the
 * one of the delivery whose provider answer names that post id (organisers' delivery log); a post no
 * delivery claims is listed as `unlabelled`, so it still counts as extra.
 */
export class ReceivedMessages {
  constructor(
    private readonly stack: Stack,
    private readonly api: CercleApi,
    private readonly occurrenceId: string,
    private readonly people: Recipient[],
  ) {}

  /** Ids of what has arrived so far (emails, direct messages and channel posts), without reading kinds. */
  ids(): string[] {
    return [...this.emails().map((m) => m.id), ...this.posts().map((p) => p.id)];
  }

  async all(): Promise<Received[]> {
    const kinds = await this.postKinds();
    const byEmail = new Map(this.people.map((p) => [p.email, p.name]));
    const received: Received[] = [];
    for (const m of this.emails()) {
      const kind = typeof m.headers['x-cercle-kind'] === 'string' ? m.headers['x-cercle-kind'] : 'unlabelled';
      const calendar = calendarOf(m);
      for (const to of m.envelope.to) received.push({ id: m.id, recipient: byEmail.get(to) ?? to, channel: 'email', kind, calendar });
    }
    for (const post of this.posts()) {
      received.push({
        id: post.id,
        recipient: post.recipient,
        channel: post.recipient === CHANNEL ? 'post' : 'dm',
        kind: kinds.get(post.id) ?? 'unlabelled',
        calendar: null,
      });
    }
    return received;
  }

  /** Emails to anyone, about this occurrence or about none (an email about nothing would still be extra). */
  private emails(): CaughtMessage[] {
    return this.stack.mail!.messages().filter((m) => {
      const about = m.headers['x-cercle-occurrence'];
      return about === undefined || about === this.occurrenceId;
    });
  }

  /** Root posts in the community's channel, and direct messages to a person (named by their username). */
  private posts(): Array<{ id: string; recipient: string }> {
    const double = this.stack.mattermost!;
    const users = new Map(double.users().map((u) => [u.id, u]));
    const byChat = new Map(this.people.filter((p) => p.chat).map((p) => [p.chat!, p.name]));
    const channels = new Map(double.channels().map((c) => [c.id, c]));
    const found: Array<{ id: string; recipient: string }> = [];
    for (const post of double.posts()) {
      const channel = channels.get(post.channel_id);
      if (post.channel_id === this.stack.localChannelId && !post.root_id) found.push({ id: post.id, recipient: CHANNEL });
      if (channel?.type === 'D') {
        // Mattermost names a direct channel after both user ids: the other one is the person.
        const other = channel.name
          .split('__')
          .map((id) => users.get(id))
          .find((u) => u && !u.is_bot);
        found.push({ id: post.id, recipient: other ? (byChat.get(other.username) ?? `@${other.username}`) : channel.name });
      }
    }
    return found;
  }

  /** Post id → kind, from the delivery log of this occurrence's notifications. */
  private async postKinds(): Promise<Map<string, string>> {
    const kinds = new Map<string, string>();
    for (const channel of ['mattermost-dm', 'mattermost-post']) {
      for (let offset = 0; ; offset += 500) {
        const page = await this.api.get(`/deliveries?occurrenceId=${this.occurrenceId}&channel=${channel}&limit=500&offset=${offset}`);
        for (const d of page.items as Array<{ kind: string; providerAnswer: string | null }>) {
          const postId = d.providerAnswer ? (JSON.parse(d.providerAnswer) as { postId?: string; rootPostId?: string }) : null;
          const id = postId?.postId ?? postId?.rootPostId;
          if (id) kinds.set(id, d.kind);
        }
        if (offset + 500 >= page.total) break;
      }
    }
    return kinds;
  }
}

/** The calendar object of an email (method, SEQUENCE, UID), read by ical.js as a calendar client would. */
function calendarOf(message: CaughtMessage): Received['calendar'] {
  const parts = message.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
  if (!parts.length) return null;
  const contents = new Set(parts.map((p) => p.content.toString('utf8')));
  if (contents.size > 1)
    throw new Error(`"${message.subject}" to ${message.envelope.to.join(', ')} carries ${contents.size} different calendar objects`);
  const calendar = new ICAL.Component(ICAL.parse([...contents][0]));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error(`"${message.subject}" carries a calendar without an event`);
  return {
    method: String(calendar.getFirstPropertyValue('method')) as CalendarMethod,
    sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
    uid: String(event.getFirstPropertyValue('uid')),
  };
}
