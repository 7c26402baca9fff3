import { notificationKind } from '@cercle/contracts';
// Every message the notifications service knows how to write. Adding a kind means adding its
// templates in `templates/` (the renderer's registry fails to compile until every kind has one).
export const MESSAGE_KINDS = notificationKind.options;

export type MessageKind = (typeof MESSAGE_KINDS)[number];
