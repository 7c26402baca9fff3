/**
 * A message could not be delivered. `permanent` tells the queue whether retrying can help:
 * a rejected address or a forbidden channel stays rejected; a busy server, a rate limit or a
 * dropped connection may not. `retryAfterMs` is the provider's own hint when it gave one.
 * `providerResponse` is the provider's answer (SMTP reply, HTTP body), never our credentials.
 */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  readonly permanent: boolean;
  readonly retryAfterMs?: number;
  readonly providerResponse: string;
  readonly statusCode?: number;

  constructor(
    message: string,
    options: { permanent: boolean; retryAfterMs?: number; providerResponse?: string; statusCode?: number; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.permanent = options.permanent;
    this.retryAfterMs = options.retryAfterMs;
    this.providerResponse = options.providerResponse ?? '';
    this.statusCode = options.statusCode;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      permanent: this.permanent,
      retryAfterMs: this.retryAfterMs,
      statusCode: this.statusCode,
      providerResponse: this.providerResponse,
    };
  }
}
