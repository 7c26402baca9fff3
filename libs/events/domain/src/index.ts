export * from './errors';
export {
  DEFAULT_TIME_ZONE,
  localStartSchema,
  movedOccurrenceSchema,
  parseRecurrenceRule,
  recurrenceRuleSchema,
  type MovedOccurrence,
  type RecurrenceRule,
  type RecurrenceRuleInput,
} from './recurrence/recurrence-rule';
export { expandOccurrences, nextOccurrence, producesDate, type ExpansionWindow, type Occurrence } from './recurrence/expand-occurrences';
export { assertExactSeriesStart, seriesStartAfter, seriesStartNotes } from './recurrence/series-start';
export { previewSeries, type PreviewDate, type SeriesPreview, type SeriesPreviewInput } from './recurrence/series-preview';
export {
  DEFAULT_HORIZON_OCCURRENCES,
  exceptionsOf,
  occurrenceAfter,
  planningHorizon,
  pruneExceptions,
  seriesExceptionSchema,
  withException,
  withoutException,
  type SeriesException,
} from './recurrence/series-exceptions';
export * from './formats/format';
export { builtInFormats, getFormat } from './formats/built-in-formats';
export { buildOrganiserFormat, organiserFormatInputSchema, type OrganiserFormatInput } from './formats/organiser-format';
export { openForum } from './formats/open-forum';
export { isHostedKind, rulesOf, topicKindsOf, type FormatRules } from './formats/format-offer';
export { peerGroup } from './formats/peer-group';
export { buildAgenda, type AgendaItem } from './agenda/build-agenda';
export { agendaMinutes, assertDurationFitsAgenda } from './agenda/agenda-duration';
export {
  DEFAULT_STEP_OFFSETS,
  STEP_ANCHORS,
  STEP_NAMES,
  scheduleSteps,
  type OccurrenceTimes,
  type ScheduledStep,
  type StepAnchor,
  type StepName,
  type StepOffsets,
} from './lifecycle/steps';
export * from './lifecycle/occurrence-state';
export { proposeRotation, type RotationCandidate, type RotationRequest } from './rotation/propose-rotation';
export { formatLocalDateTime, isRealLocalDateTime, isValidTimeZone, localDateTimeToInstant } from './time/zoned-time';
export {
  exactLocalTime,
  formatLocalStart,
  readLocalTime,
  resolveLocalStart,
  resolveLocalTime,
  type LocalTimeCandidate,
  type LocalTimeReading,
} from './time/local-time-reading';
export {
  placementInstants,
  sameRoom,
  validatePlacement,
  workshopSlots,
  type PlacedTopic,
  type Placement,
  type PlacementDay,
  type ValidPlacement,
} from './topics/placement';
export { dayPhase, dayWindow, MAX_TOPICS_ADDED_ON_THE_DAY, type DayPhase, type DayWindow } from './topics/day-window';
export { buildProgramme, rankTopics, type Programme, type ProgrammeSlot, type RankableTopic } from './topics/programme';
export {
  assertNotesOpen,
  localDeadline,
  notesClosed,
  notesClosedReason,
  scribesToRemind,
  type NotesClosed,
  type NotesWindow,
  type ScribeAssignment,
} from './notes/notes-window';
export { isAway, proposeNextRoles, proposeReplacement, type NextRolesProposal, type RotationMember } from './rotation/propose-next-roles';
export { missingPrep, prepMessageKind, type PrepItem, type PrepState } from './roles/readiness';
export { noFacts, recipientsOf, type AudienceFacts, type Recipients } from './audience/recipients-of';
export { roleChange, teamProblems, type RoleChange, type Team, type TeamProblemCode, type TeamRole } from './roles/role-change';
export { MAX_TOPIC_TITLE, parseChatCommand, type ChatCommand } from './chat/parse-command';
export { matchByEmail, matchByUsername, type ChatCandidate } from './chat/match-person';
export { placeOutlook, type PlaceOutlook } from './chat/place-outlook';
export {
  ballotLines,
  chatWords,
  statusReply,
  unknownPersonReply,
  type BallotTopic,
  type ChatRole,
  type StatusView,
} from './chat/chat-replies';
export {
  DEFAULT_HEALTH_SETTINGS,
  HEALTH_CHECKS,
  healthCheckTimes,
  healthSettingsOf,
  withChanges,
  withinDays,
  type HealthChanges,
  type HealthCheck,
  type HealthSettings,
} from './health/health-settings';
export {
  alertChanges,
  checkVerdicts,
  findProblems,
  isLive,
  lifecyclePoint,
  type AlertChanges,
  type HealthFacts,
  type HealthFinding,
  type Verdict,
} from './health/health-findings';
export { isClose } from './memory/closeness';
