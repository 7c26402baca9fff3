import type { CaughtMessage } from '@cercle/dev-servers';
import type { Stack } from '../../dev/src/stack';
import { settle } from './settle';

/** What the demo and the end-to-end tests read back from the mail catcher. */
export class Mailbox {
  constructor(private readonly stack: Stack) {}

  all(): CaughtMessage[] {
    return this.stack.mail!.messages();
  }

  to(email: string): CaughtMessage[] {
    return this.all().filter((m) => m.envelope.to.includes(email));
  }

  /** The message kind notifications wrote in `X-Cercle-Kind` (announcement, prepReminder, …). */
  static kind(message: CaughtMessage): string | undefined {
    const value = message.headers['x-cercle-kind'];
    return typeof value === 'string' ? value : undefined;
  }

  count(): number {
    return this.all().length;
  }

  /** Waits for the n-th message to `email` whose subject or text matches, and returns it. */
  async waitFor(email: string, match: RegExp, what: string, after = 0, timeoutMs = 60000): Promise<CaughtMessage> {
    return settle(
      () =>
        this.to(email)
          .slice(after)
          .find((m) => match.test(`${m.subject}\n${m.text ?? ''}`)),
      what,
      timeoutMs,
    );
  }

  /** The first link under `/segment/` in a message's text (signed personal links). */
  static link(message: CaughtMessage, segment: string): string {
    const link = new RegExp(`https?://\\S+/${segment}/[A-Za-z0-9._%-]+`).exec(message.text ?? '')?.[0];
    if (!link) throw new Error(`No /${segment}/ link in "${message.subject}" to ${message.envelope.to.join(', ')}`);
    return link;
  }
}

/** Posts a form as a browser without JavaScript would. */
export async function submitForm(url: string, form: Record<string, string>): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(form).toString(),
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`POST ${url} → ${res.status}: ${body.slice(0, 300)}`);
  return body;
}
