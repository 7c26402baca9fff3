import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Logger } from '../logging/logger';
import { tooManyRequestsPage } from './too-many-requests-page';

/** A typed error a use case throws; its `status` is the HTTP answer. Domain errors map here, once. */
export interface StatusError extends Error {
  status: number;
  code: string;
  /** Optional structured facts for the client, answered as `details` beside code and message. */
  details?: unknown;
}

function isStatusError(error: unknown): error is StatusError {
  return error instanceof Error && typeof (error as StatusError).status === 'number' && typeof (error as StatusError).code === 'string';
}

/** What Express's body parser throws before any handler runs (too large, wrong charset…). */
interface BodyParserError extends Error {
  status: number;
  type: string;
  expose: boolean;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const e = error as Partial<BodyParserError>;
  return (
    error instanceof Error &&
    typeof e.status === 'number' &&
    typeof e.type === 'string' &&
    e.type.startsWith('entity.') &&
    e.expose === true
  );
}

// Malformed JSON never gets here: NestJS turns it into a 400 of its own before any filter.
const BODY_ERRORS: Record<string, string> = {
  'entity.too.large': 'The request body is too large',
};

@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse();
    const request = host.switchToHttp().getRequest();
    // People on signed pages are browsers: the rate limit answers them with a page, scripts with JSON.
    if (error instanceof HttpException && error.getStatus() === 429 && request.accepts?.(['json', 'html']) === 'html') {
      response
        .status(429)
        .type('html')
        .send(tooManyRequestsPage(request.query?.lang, response.getHeader('Retry-After')));
      return;
    }
    if (error instanceof HttpException) {
      const body = error.getResponse();
      response.status(error.getStatus()).json(typeof body === 'string' ? { statusCode: error.getStatus(), message: body } : body);
      return;
    }
    if (isBodyParserError(error)) {
      response.status(error.status).json({ statusCode: error.status, code: error.type, message: BODY_ERRORS[error.type] ?? error.message });
      return;
    }
    if (isStatusError(error)) {
      const details = error.details === undefined ? {} : { details: error.details };
      response.status(error.status).json({ statusCode: error.status, code: error.code, message: error.message, ...details });
      return;
    }
    this.logger.error({ err: error }, 'unhandled error');
    response.status(500).json({ statusCode: 500, message: 'Internal server error' });
  }
}
