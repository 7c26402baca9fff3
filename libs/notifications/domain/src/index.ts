export { MESSAGE_KINDS, type MessageKind } from './message-kind';
export {
  LANGUAGES,
  languageSchema,
  agendaItemSchema,
  noteSchema,
  renderContextSchema,
  type Language,
  type Note,
  type RenderContext,
} from './render-context';
export { renderEmail, renderChatPost, renderNotesReply, MAX_NOTES_REPLY_LENGTH, type RenderedEmail, type RenderedChatPost } from './render';
export { formatWhen, formatDay, formatTime, zoneLabel } from './format-when';
export { neutraliseMentions } from './neutralise-mentions';
export { headerSafe } from './header-safe';
export { buildCalendarInvite, type CalendarInviteInput, type CalendarPerson } from './calendar-invite';
export { buildVTimezone } from './vtimezone';
