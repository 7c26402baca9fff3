import type { MessageKind } from '../message-kind';
import { agenda } from './agenda';
import { announcement } from './announcement';
import { cancellation } from './cancellation';
import { contributorsIntro } from './contributors-intro';
import { healthAlert } from './health-alert';
import { healthAlertCleared } from './health-alert-cleared';
import type { LocalisedTemplates } from './kind-templates';
import { nextRoles } from './next-roles';
import { notesArchive } from './notes-archive';
import { notesReminder } from './notes-reminder';
import { participantReminder } from './participant-reminder';
import { prepConfirmation } from './prep-confirmation';
import { programme } from './programme';
import { prepReminder } from './prep-reminder';
import { readinessEscalation } from './readiness-escalation';
import { registrationConfirmation } from './registration-confirmation';
import { reschedule } from './reschedule';
import { roleAssigned } from './role-assigned';
import { roleRemoved } from './role-removed';
import { waitingList } from './waiting-list';

// A Record over MessageKind: a new kind without templates is a compile error, not a runtime gap.
export const TEMPLATES: Record<MessageKind, LocalisedTemplates> = {
  announcement,
  registrationConfirmation,
  waitingList,
  prepReminder,
  prepConfirmation,
  readinessEscalation,
  contributorsIntro,
  roleAssigned,
  roleRemoved,
  participantReminder,
  agenda,
  nextRoles,
  notesReminder,
  notesArchive,
  reschedule,
  cancellation,
  programme,
  healthAlert,
  healthAlertCleared,
};

export type { KindTemplates, LocalisedTemplates } from './kind-templates';
