import { createHash, randomUUID } from 'node:crypto';
import { DeliveryError } from './delivery-error';

// Bodies of error answers are kept for diagnosis but cut: a proxy's HTML error page can be long.
const MAX_PROVIDER_RESPONSE = 500;

/** What a failed Matrix call tells us; no status at all means nothing reached the homeserver. */
export interface MatrixFailure {
  status?: number;
  /** The spec's error code: M_LIMIT_EXCEEDED, M_UNKNOWN_TOKEN, M_FORBIDDEN… */
  errcode?: string;
  /** The homeserver's `retry_after_ms` (or its Retry-After header), when it gave one. */
  retryAfterMs?: number | null;
  /** The error body or the network error's text, for the delivery log. */
  answer: string;
}

/**
 * Rate limits, timeouts, 5xx and unreachable homeservers may pass if retried; a refused token
 * (M_UNKNOWN_TOKEN, soft-logout included: only a new token helps), a room the bot is not in (M_FORBIDDEN)
 * or an unknown user will not, and retrying them would only hammer the server.
 */
export function classifyMatrixFailure(failure: MatrixFailure, what: string): DeliveryError {
  const providerResponse = failure.answer.slice(0, MAX_PROVIDER_RESPONSE);
  const { status, errcode } = failure;
  if (status === undefined) {
    return new DeliveryError(`Matrix homeserver unreachable for ${what}`, { permanent: false, providerResponse });
  }
  if (status === 429 || errcode === 'M_LIMIT_EXCEEDED') {
    return new DeliveryError(`Matrix rate-limited ${what} (${status})`, {
      permanent: false,
      retryAfterMs: failure.retryAfterMs ?? undefined,
      providerResponse,
      statusCode: status,
    });
  }
  if (status === 401 || errcode === 'M_UNKNOWN_TOKEN' || errcode === 'M_MISSING_TOKEN') {
    return new DeliveryError(`Matrix refused the access token for ${what} (${status} ${errcode ?? ''})`.trim(), {
      permanent: true,
      providerResponse,
      statusCode: status,
    });
  }
  const permanent = status >= 400 && status < 500 && status !== 408;
  return new DeliveryError(`Matrix refused ${what} (${status}${errcode ? ` ${errcode}` : ''})`, {
    permanent,
    providerResponse,
    statusCode: status,
  });
}

/**
 * A transaction id for PUT /rooms/{roomId}/send/{eventType}/{txnId}: the homeserver answers a repeated
 * txn id (same access token) with the event it already created, so a send retried after a timeout or a
 * crash posts once. Derived from the message's idempotency key (hashed: keys carry room ids and colons);
 * without a key, a fresh one (that send is then not protected).
 */
export function matrixTxnId(idempotencyKey?: string): string {
  if (!idempotencyKey) return `cercle.${randomUUID()}`;
  return `cercle.${createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 32)}`;
}
