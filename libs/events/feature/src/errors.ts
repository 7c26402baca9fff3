import { DomainError } from '@cercle/events-domain';

// The one use-case error type is the platform's; this file holds what is particular to events.
import { UseCaseError } from '@cercle/platform';

/** Domain error codes → HTTP status, in one place; the domain itself knows nothing of HTTP. */
const STATUS_BY_CODE: Record<string, number> = {
  INVALID_RECURRENCE: 400,
  INVALID_TIME_ZONE: 400,
  INVALID_STEP_OFFSETS: 400,
  UNKNOWN_FORMAT: 400,
  INVALID_FORMAT: 400,
  INVALID_EXPANSION_WINDOW: 400,
  LOCAL_TIME_NONEXISTENT: 400,
  LOCAL_TIME_AMBIGUOUS: 400,
  LOCAL_TIME_WRONG_OFFSET: 400,
  OCCURRENCE_CANCELLED: 409,
  STEP_OUT_OF_ORDER: 409,
  INVALID_TRANSITION: 409,
  INVALID_PLACEMENT: 422,
  DURATION_SHORTER_THAN_AGENDA: 422,
  PLACEMENT_CONFLICT: 409,
  NOTES_CLOSED: 409,
};

export function toHttpError(error: unknown): unknown {
  if (error instanceof DomainError) {
    const { details } = error as DomainError & { details?: unknown };
    return new UseCaseError(error.code, STATUS_BY_CODE[error.code] ?? 422, error.message, details);
  }
  return error;
}
