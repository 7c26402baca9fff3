import { announcementButtonsExpiry, registrationAttachment, type PayloadOf } from '@cercle/contracts';
import type { Language } from '@cercle/notifications-domain';

/**
 * The announcement in the channel carries Je viens / Peut-être / Non buttons: Mattermost sends a click to
 * events (`POST /chat/actions`) with the signed context, events records the answer and edits the counts.
 */
export function announcementProps(
  request: PayloadOf<'notification.requested'>,
  language: Language,
  config: { PUBLIC_URL: string; LINK_SECRET: string },
): Record<string, unknown> {
  const settings = {
    publicUrl: config.PUBLIC_URL,
    linkSecret: config.LINK_SECRET,
    exp: announcementButtonsExpiry(request.occurrence.endsAt),
  };
  return { attachments: [registrationAttachment(settings, request.occurrence.occurrenceId, language, null)] };
}
