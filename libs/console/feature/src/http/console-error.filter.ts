import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import { LOGGER, type Logger } from '@cercle/platform';
import { ApiError, ServiceUnavailableError } from '../api/api-error';
import { ServicesApi } from '../api/services-api';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../console.config';
import { SignInRequired } from '../session/page.guard';
import { Sessions } from '../session/sessions';
import type { PageContext } from '../shell/page-context';
import { errorPage } from './error-pages';
import { redirect, reply } from './page-result';

/**
 * Every error of a console page ends here as a page: no session → the sign-in page; a token the
 * services refuse (revoked, expired) → the session is forgotten and the organiser signs in again;
 * someone else's or a missing resource → 404; a service down → 503.
 */
@Catch()
export class ConsoleErrorFilter implements ExceptionFilter {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
    private readonly sessions: Sessions,
  ) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<Request & { consolePage?: PageContext }>();
    const response = host.switchToHttp().getResponse<Response>();
    const page = request.consolePage ?? this.fallbackPage(request);
    if (error instanceof SignInRequired) {
      return reply(response, redirect(`/console/sign-in?next=${encodeURIComponent(error.next)}`));
    }
    if (error instanceof ApiError && error.status === 401) {
      await this.sessions.forget(request);
      return reply(response, redirect(`/console/sign-in?next=${encodeURIComponent(page.path)}`));
    }
    const status = statusOf(error);
    if (status >= 500) this.logger.error({ err: error, path: request.path }, 'console page failed');
    reply(response, { status, html: errorPage(page, status) });
  }

  private fallbackPage(request: Request): PageContext {
    return {
      lang: 'fr',
      csrf: '',
      path: request.path,
      query: {},
      organiser: null,
      api: new ServicesApi(ServicesApi.bases(this.config), null),
    };
  }
}

function statusOf(error: unknown): 403 | 404 | 500 | 503 {
  if (error instanceof ServiceUnavailableError) return 503;
  const status = error instanceof ApiError ? error.status : error instanceof HttpException ? error.getStatus() : 500;
  if (status === 403 || status === 404) return status;
  // A resource of another community answers 404 at the services; any other refusal a page did not handle is unexpected.
  return 500;
}
