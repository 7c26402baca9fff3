export { MESSAGE_KINDS, type MessageKind } from './message-kind';
export {
  LANGUAGES,
  languageSchema,
  agendaItemSchema,
  noteSchema,
  renderContextSchema,
  type Contribution,
  type Language,
  type Note,
  type RenderContext,
} from './render-context';
export {
  renderEmail,
  emailRenderer,
  renderChatPost,
  renderNotesReply,
  MAX_NOTES_REPLY_LENGTH,
  type RenderedEmail,
  type RenderedChatPost,
  type TemplateOverride,
} from './render';
export { checkTemplateOverride, InvalidTemplateError } from './template-check';
export { sampleRenderContext } from './sample-context';
export { TEMPLATES, type KindTemplates } from './templates';
export { formatWhen, formatDay, formatTime, formatMoment, zoneLabel } from '@cercle/words';
export { neutraliseMentions } from '@cercle/words';
export { headerSafe } from './header-safe';
export { buildCalendarInvite, calendarInviteFor, type CalendarInviteInput, type CalendarPerson } from './calendar-invite';
export { buildVTimezone } from './vtimezone';
export { calendarDescription } from './calendar-description';
export { buildCalendarFeed, type CalendarFeedInput, type FeedEvent } from './calendar-feed';
export { roleLabel } from './labels';
export { renderSeriesIndex, type IndexedSession } from './series-index';
