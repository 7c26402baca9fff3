/**
 * Typed domain errors. Each carries a stable `code` so that the HTTP layer can map errors to statuses in one
 * place and clients can branch on something sturdier than a message.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A recurrence rule that cannot be expanded: bad RRULE, unknown time zone, malformed dates or exceptions. */
export class InvalidRecurrenceError extends DomainError {
  readonly code = 'INVALID_RECURRENCE';
}

/** A time zone name that the IANA database (as shipped with the runtime's ICU) does not know. */
export class InvalidTimeZoneError extends DomainError {
  readonly code = 'INVALID_TIME_ZONE';

  constructor(readonly timeZone: string) {
    super(`Unknown time zone "${timeZone}": use an IANA name such as "Europe/Paris".`);
  }
}

/** An expansion window that is unbounded or inverted, which would expand forever or yield nothing by mistake. */
export class InvalidExpansionWindowError extends DomainError {
  readonly code = 'INVALID_EXPANSION_WINDOW';
}

/** An organiser-defined format that breaks the format rules (slots outside the duration, empty titles...). */
export class InvalidFormatError extends DomainError {
  readonly code = 'INVALID_FORMAT';
}

export class UnknownFormatError extends DomainError {
  readonly code = 'UNKNOWN_FORMAT';

  constructor(readonly formatId: string) {
    super(`Unknown format "${formatId}".`);
  }
}

/** Step offsets whose due times would not follow the lifecycle order, so steps would run out of order. */
export class InvalidStepOffsetsError extends DomainError {
  readonly code = 'INVALID_STEP_OFFSETS';
}

export class StepOutOfOrderError extends DomainError {
  readonly code = 'STEP_OUT_OF_ORDER';

  constructor(
    readonly step: string,
    readonly blockingStep: string,
  ) {
    super(`Step "${step}" cannot be completed before step "${blockingStep}" is done or skipped.`);
  }
}

export class OccurrenceCancelledError extends DomainError {
  readonly code = 'OCCURRENCE_CANCELLED';

  constructor(readonly attempted: string) {
    super(`The occurrence is cancelled: cannot ${attempted}.`);
  }
}

/** A transition the state machine forbids, e.g. cancelling an occurrence that has already been held. */
export class InvalidTransitionError extends DomainError {
  readonly code = 'INVALID_TRANSITION';
}

export class InvalidRotationRequestError extends DomainError {
  readonly code = 'INVALID_ROTATION_REQUEST';
}

/** A topic placement that does not fit the occurrence: bad times, outside the day or outside a workshop slot. */
export class InvalidPlacementError extends DomainError {
  readonly code = 'INVALID_PLACEMENT';
}

/** Two selected topics in the same room at overlapping times. */
export class PlacementConflictError extends DomainError {
  readonly code = 'PLACEMENT_CONFLICT';
}

/** Notes can no longer be submitted: the deadline passed, they were archived, or the occurrence is cancelled. */
export class NotesClosedError extends DomainError {
  readonly code = 'NOTES_CLOSED';
}

/** The nearest valid readings of a local date-time that the clocks of its zone skip or show twice. */
export interface LocalTimeProblem {
  localDateTime: string;
  timeZone: string;
  /** The valid readings nearest to it (two for a skipped or repeated time), earlier first, each with its UTC offset and real instant. */
  nearest: Array<{ localDateTime: string; offset: string; startsAt: string }>;
}

/** A local date-time inside the spring-forward gap of its zone: no clock ever shows it. */
export class NonexistentLocalTimeError extends DomainError {
  readonly code = 'LOCAL_TIME_NONEXISTENT';

  constructor(readonly details: LocalTimeProblem) {
    const [earlier, later] = details.nearest;
    super(
      `${details.localDateTime} does not exist in ${details.timeZone}: the clocks go forward that night and skip it. ` +
        `Nearest valid times: ${earlier.localDateTime} (UTC${earlier.offset}) or ${later.localDateTime} (UTC${later.offset}).`,
    );
  }
}

/** A local date-time inside the fall-back overlap of its zone: clocks show it twice, an hour apart. */
export class AmbiguousLocalTimeError extends DomainError {
  readonly code = 'LOCAL_TIME_AMBIGUOUS';

  /** `advice` says what the field that was refused accepts; by default a local start with its offset. */
  constructor(
    readonly details: LocalTimeProblem,
    advice?: string,
  ) {
    const [first, second] = details.nearest;
    super(
      `${details.localDateTime} happens twice in ${details.timeZone}: the clocks go back that night. ` +
        `It is either ${first.localDateTime} UTC${first.offset} (the first time, ${first.startsAt}) or ${second.localDateTime} UTC${second.offset} (the second time, ${second.startsAt}). ` +
        (advice ??
          `Add the offset to say which (${first.localDateTime}${first.offset} or ${second.localDateTime}${second.offset}), or choose another time.`),
    );
  }
}

/** A local date-time pinned to an offset its zone does not have at that time. */
export class WrongLocalOffsetError extends DomainError {
  readonly code = 'LOCAL_TIME_WRONG_OFFSET';

  constructor(
    localStart: string,
    readonly details: LocalTimeProblem,
  ) {
    const offsets = details.nearest.map((reading) => `UTC${reading.offset}`).join(' or ');
    super(`${localStart}: clocks in ${details.timeZone} are not at that offset then (${details.localDateTime} is ${offsets}).`);
  }
}

/**
 * An occurrence shorter than its format's agenda: the programme, the emails and calendar entries and the
 * topic slots would run past its end. The agenda is the format's promise (times of sessions, breaks), so
 * it is neither cut nor squeezed: the duration must hold it, or another format must be chosen.
 */
export class DurationShorterThanAgendaError extends DomainError {
  readonly code = 'DURATION_SHORTER_THAN_AGENDA';

  constructor(readonly details: { durationMinutes: number; minimumDurationMinutes: number; formatId: string }) {
    super(
      `${details.durationMinutes} minutes is shorter than the agenda of the format "${details.formatId}", which needs at least ${details.minimumDurationMinutes} minutes. ` +
        `Give a durationMinutes of ${details.minimumDurationMinutes} or more, or use a format whose agenda fits.`,
    );
  }
}
