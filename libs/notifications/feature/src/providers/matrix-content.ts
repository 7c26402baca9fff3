import MarkdownIt from 'markdown-it';

/**
 * The bodies of the Matrix events Cercle sends. Every event carries an empty `m.mentions`: under the
 * spec's intentional mentions (v1.7), an event with that property no longer triggers the legacy
 * "body contains @room / my name" push rules, so nothing a person typed can ping a room or a user even
 * if it slipped past `neutraliseMentions`. Replies in the notes thread are `m.thread` relations, with
 * the reply fallback that clients without threads show as an answer to the root.
 */
export type MatrixEventContent = Record<string, unknown>;

function inThread(rootEventId: string | undefined): MatrixEventContent {
  if (!rootEventId) return {};
  return {
    'm.relates_to': { rel_type: 'm.thread', event_id: rootEventId, is_falling_back: true, 'm.in_reply_to': { event_id: rootEventId } },
  };
}

// The shortcodes the chat templates use: Mattermost draws them, Matrix clients show them as typed.
const EMOJI: Record<string, string> = {
  alarm_clock: '⏰',
  arrow_forward: '▶️',
  arrows_counterclockwise: '🔄',
  books: '📚',
  calendar: '📆',
  card_index: '📇',
  hourglass: '⌛',
  memo: '📝',
  pencil: '✏️',
  rotating_light: '🚨',
  spiral_calendar_pad: '🗓️',
  tada: '🎉',
  warning: '⚠️',
  wave: '👋',
  white_check_mark: '✅',
  x: '❌',
};

/** Replaces the known `:shortcode:` emoji with their characters; any other text stays as written. */
export function withEmoji(text: string): string {
  return text.replace(/:([a-z_]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
}

/**
 * Posts are written in Markdown (Mattermost's dialect). Matrix clients draw `formatted_body`, HTML, beside the
 * plain `body`. `html: false`: HTML anyone typed (a title, notes) is shown as text, never as markup; line
 * breaks are kept as Mattermost keeps them; bare web links become links. Images are not rendered: clients
 * only load `mxc://` ones, and a remote image would tell a third party who reads the room.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true }).disable('image');

/** A text body: the Markdown as plain text in `body` (what clients without HTML show), and its HTML. */
function textBody(message: string): { msgtype: 'm.text'; body: string; format: 'org.matrix.custom.html'; formatted_body: string } {
  const body = withEmoji(message);
  return { msgtype: 'm.text', body, format: 'org.matrix.custom.html', formatted_body: markdown.render(body).trimEnd() };
}

/** A text message. */
export function textContent(message: string, rootEventId?: string): MatrixEventContent {
  return { ...textBody(message), 'm.mentions': {}, ...inThread(rootEventId) };
}

/** A file already uploaded to the homeserver's media repository (an mxc:// URI). */
export function fileContent(
  file: { name: string; mimeType: string; size: number; contentUri: string },
  rootEventId?: string,
): MatrixEventContent {
  return {
    msgtype: 'm.file',
    body: file.name,
    filename: file.name,
    url: file.contentUri,
    info: { mimetype: file.mimeType, size: file.size },
    'm.mentions': {},
    ...inThread(rootEventId),
  };
}

/**
 * An edit of an earlier text event (`m.replace`): clients show the new text in place of the old one; the
 * starred bodies are the fallback for clients without edits.
 */
export function editContent(message: string, eventId: string): MatrixEventContent {
  const newContent = { ...textBody(message), 'm.mentions': {} };
  return {
    ...newContent,
    body: `* ${newContent.body}`,
    formatted_body: `* ${newContent.formatted_body}`,
    'm.new_content': newContent,
    'm.relates_to': { rel_type: 'm.replace', event_id: eventId },
  };
}
