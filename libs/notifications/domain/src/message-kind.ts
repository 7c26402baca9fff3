// Every message the notifications service knows how to write. Adding a kind means adding its
// templates in `templates/` (the renderer's registry fails to compile until every kind has one).
export const MESSAGE_KINDS = [
  'announcement',
  'registrationConfirmation',
  'prepReminder',
  'participantReminder',
  'nextRoles',
  'notesReminder',
  'notesArchive',
  'reschedule',
  'cancellation',
] as const;

export type MessageKind = (typeof MESSAGE_KINDS)[number];
