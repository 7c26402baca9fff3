import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { ApiError } from '../api/api-error';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../console.config';
import { reply, redirect, withNotice } from '../http/page-result';
import { AnyPage, type PageContext, PublicPage } from '../shell/page-context';
import { type IssuedSessionToken, Sessions } from '../session/sessions';
import { COOKIE, clearCookie, readCookie, setCookie } from '../session/cookies';
import { nextToRemember, safeNext } from './next-page';
import { signInText } from './sign-in.text';
import { renderLinkSentPage, renderRedeemPage, renderSignInPage, type SignInPageOptions } from './sign-in.view';

const email = z.string().trim().toLowerCase().email().max(320);

/** Sign-in by emailed link, and sign-out. The link itself is issued and redeemed by membership. */
@Controller('console')
export class SignInController {
  constructor(
    private readonly sessions: Sessions,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  /** The sign-in page, with the provider's button when OpenID Connect sign-in is configured. */
  private signInPage(page: PageContext, options: SignInPageOptions): string {
    return renderSignInPage(page, { ...options, oidcProvider: this.config.OIDC_ISSUER_URL ? this.config.OIDC_PROVIDER_NAME : undefined });
  }

  @Get('sign-in')
  @PublicPage()
  form(@AnyPage() page: PageContext, @Res() response: Response): void {
    const w = signInText[page.lang];
    if (page.organiser && !page.query.done) return reply(response, redirect(safeNext(page.query.next)));
    const notice = page.query.done === 'signed-out' ? ({ kind: 'success', text: w.signedOut } as const) : undefined;
    reply(response, this.signInPage(page, { notice, next: page.query.next }));
  }

  @Post('sign-in')
  @PublicPage()
  async requestLink(@AnyPage() page: PageContext, @Body() body: Record<string, string>, @Res() response: Response): Promise<void> {
    const w = signInText[page.lang];
    const parsed = email.safeParse(body.email ?? '');
    if (!parsed.success) {
      return reply(response, { status: 422, html: this.signInPage(page, { email: body.email, error: w.emailInvalid, next: body.next }) });
    }
    try {
      await page.api.post('membership', '/organisers/sign-in-links', { email: parsed.data, language: page.lang });
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) {
        return reply(response, {
          status: 429,
          html: this.signInPage(page, { email: body.email, notice: { kind: 'error', text: w.tooMany } }),
        });
      }
      throw error;
    }
    const next = nextToRemember(body.next);
    // The link lives 15 minutes; opened in this browser, it leads to the page asked for (else the communities).
    if (next) setCookie(response, COOKIE.next, next, { secure: this.sessions.secureCookies, maxAgeSeconds: 15 * 60 });
    reply(response, renderLinkSentPage(page));
  }

  @Get('sign-in/:token')
  @PublicPage()
  linkPage(@AnyPage() page: PageContext, @Param('token') token: string, @Res() response: Response): void {
    reply(response, renderRedeemPage(page, token));
  }

  @Post('sign-in/:token')
  @PublicPage()
  async redeem(
    @AnyPage() page: PageContext,
    @Param('token') token: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    let issued: IssuedSessionToken;
    try {
      issued = await page.api.post<IssuedSessionToken>('membership', '/organisers/sign-in-links/redeem', {
        token,
        hours: this.config.CONSOLE_SESSION_HOURS,
      });
    } catch (error) {
      if (error instanceof ApiError && [400, 404, 410].includes(error.status)) {
        const w = signInText[page.lang];
        return reply(response, {
          status: 410,
          html: this.signInPage({ ...page, path: '/console/sign-in' }, { notice: { kind: 'error', text: w.linkRefused } }),
        });
      }
      throw error;
    }
    await this.sessions.open(response, issued);
    const next = readCookie(request, COOKIE.next);
    if (next !== null) clearCookie(response, COOKIE.next, this.sessions.secureCookies);
    reply(response, redirect(safeNext(next)));
  }

  @Post('sign-out')
  @PublicPage()
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.sessions.close(request, response);
    reply(response, redirect(withNotice('/console/sign-in', 'signed-out')));
  }
}
