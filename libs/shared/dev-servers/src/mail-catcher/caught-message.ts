import { randomBytes } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';

export interface CaughtAttachment {
  filename?: string;
  contentType: string;
  content: Buffer;
  size: number;
  contentId?: string;
}

/** One message as the MailCatcher received it: the SMTP envelope, the parsed content and the raw bytes. */
export interface CaughtMessage {
  id: string;
  receivedAt: Date;
  /** What the client said in MAIL FROM / RCPT TO; Bcc recipients only show up here. */
  envelope: { from: string; to: string[] };
  /** Address of the From header, without display name (see `headers.from` for the full value). */
  from: string;
  fromName: string;
  to: string[];
  cc: string[];
  subject: string;
  text?: string;
  html?: string;
  headers: Record<string, unknown>;
  attachments: CaughtAttachment[];
  raw: Buffer;
}

// Ids sort in arrival order (millisecond time first), so a directory of <id>.eml files lists in order.
export function newMessageId(receivedAt: Date): string {
  return `${receivedAt.getTime().toString().padStart(13, '0')}-${randomBytes(4).toString('hex')}`;
}

export async function parseCaughtMessage(
  raw: Buffer,
  envelope: CaughtMessage['envelope'],
  receivedAt = new Date(),
): Promise<CaughtMessage> {
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const from = addresses(parsed.from)[0];
  return {
    id: newMessageId(receivedAt),
    receivedAt,
    envelope,
    from: from?.address ?? '',
    fromName: from?.name ?? '',
    to: addresses(parsed.to).map((a) => a.address),
    cc: addresses(parsed.cc).map((a) => a.address),
    subject: parsed.subject ?? '',
    text: parsed.text,
    html: parsed.html === false ? undefined : parsed.html,
    headers: Object.fromEntries(parsed.headers),
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
      size: a.size,
      contentId: a.contentId,
    })),
    raw,
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): { address: string; name: string }[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  // Groups ("team: a@x, b@x;") nest their members one level down.
  return objects
    .flatMap((o) => o.value)
    .flatMap((a) => (a.group ? a.group : [a]))
    .map((a) => ({ address: (a.address ?? '').toLowerCase(), name: a.name ?? '' }));
}
