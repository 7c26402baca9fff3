import type { MessageKind } from '../message-kind';
import { announcement } from './announcement';
import { cancellation } from './cancellation';
import type { LocalisedTemplates } from './kind-templates';
import { nextRoles } from './next-roles';
import { notesArchive } from './notes-archive';
import { notesReminder } from './notes-reminder';
import { participantReminder } from './participant-reminder';
import { prepReminder } from './prep-reminder';
import { registrationConfirmation } from './registration-confirmation';
import { reschedule } from './reschedule';

// A Record over MessageKind: a new kind without templates is a compile error, not a runtime gap.
export const TEMPLATES: Record<MessageKind, LocalisedTemplates> = {
  announcement,
  registrationConfirmation,
  prepReminder,
  participantReminder,
  nextRoles,
  notesReminder,
  notesArchive,
  reschedule,
  cancellation,
};

export type { KindTemplates, LocalisedTemplates } from './kind-templates';
