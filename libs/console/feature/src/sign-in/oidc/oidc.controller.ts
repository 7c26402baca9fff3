import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { LOGGER, type Logger } from '@cercle/platform';
import { ApiError } from '../../api/api-error';
import { ServicesApi } from '../../api/services-api';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../../console.config';
import { redirect, reply } from '../../http/page-result';
import { type IssuedSessionToken, Sessions } from '../../session/sessions';
import { AnyPage, type PageContext, PublicPage } from '../../shell/page-context';
import { safeNext } from '../next-page';
import { OidcSignIn } from './oidc-sign-in';
import { renderOidcRefusedPage } from './oidc.view';
import { type OidcRefusal, OidcSignInRefused } from './verified-email';

const STATUS: Record<OidcRefusal, number> = { denied: 403, expired: 400, unverified: 403, unknown: 403, provider: 502, unavailable: 503 };

/**
 * Sign-in through OpenID Connect (ProConnect or another provider), when OIDC_ISSUER_URL is set: off
 * otherwise (404). The console checks the provider's answer, then membership trades the verified email
 * for a session token, on a route only the console may call (CONSOLE_SECRET).
 */
@Controller('console/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcSignIn,
    private readonly sessions: Sessions,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get()
  @PublicPage()
  async start(@AnyPage() page: PageContext, @Res() response: Response): Promise<void> {
    this.requireEnabled();
    try {
      reply(response, redirect(await this.oidc.start(response, safeNext(page.query.next))));
    } catch (error) {
      this.refused(page, response, error);
    }
  }

  @Get('callback')
  @PublicPage()
  async callback(@AnyPage() page: PageContext, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.requireEnabled();
    let email: string | undefined;
    try {
      const verified = await this.oidc.finish(request, response);
      email = verified.email;
      const issued = await this.sessionFor(verified.email);
      await this.sessions.open(response, issued);
      reply(response, redirect(verified.next));
    } catch (error) {
      this.refused(page, response, error, email);
    }
  }

  private async sessionFor(email: string): Promise<IssuedSessionToken> {
    const membership = new ServicesApi(ServicesApi.bases(this.config), this.config.CONSOLE_SECRET!);
    try {
      return await membership.post<IssuedSessionToken>('membership', '/organisers/console-sign-ins', {
        email,
        hours: this.config.CONSOLE_SESSION_HOURS,
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) throw new OidcSignInRefused('unknown');
      // A misconfiguration, not the person's doing: the error page, and a log line that says what to fix.
      if (error instanceof ApiError && error.status === 401) {
        throw new Error('membership refused the console secret: give the console and membership the same CONSOLE_SECRET');
      }
      throw error;
    }
  }

  /** A refusal ends on a page saying what happened; anything else is the console's usual error page. */
  private refused(page: PageContext, response: Response, error: unknown, email?: string): void {
    if (!(error instanceof OidcSignInRefused)) throw error;
    if (error.reason === 'provider' || error.reason === 'unavailable') {
      // The message only: the provider's answer may hold tokens or the person's claims.
      const cause = error.cause instanceof Error ? error.cause.message : String(error.cause ?? '');
      this.logger.warn({ reason: error.reason, cause }, 'OpenID Connect sign-in failed');
    }
    reply(response, {
      status: STATUS[error.reason],
      html: renderOidcRefusedPage(page, error.reason, { provider: this.oidc.providerName, email }),
    });
  }

  private requireEnabled(): void {
    if (!this.oidc.enabled) throw new NotFoundException();
  }
}
