import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../console.config';
import { ServicesApi } from '../api/services-api';
import { type Lang, type PageContext, PUBLIC_PAGE } from '../shell/page-context';
import { ConsoleKeys, randomId } from './console-keys';
import { COOKIE, readCookie, setCookie } from './cookies';
import { Sessions } from './sessions';

/** Thrown when a page needs a session and there is none: the error filter sends the browser to sign in. */
export class SignInRequired extends Error {
  constructor(readonly next: string) {
    super('sign-in required');
  }
}

/**
 * Runs before every console route: the language, the browser id (what CSRF tokens are bound to), the
 * session. Refuses any POST whose CSRF token does not match, and sends anyone without a session to the
 * sign-in page, except on @PublicPage() routes.
 */
@Injectable()
export class PageGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: Sessions,
    private readonly keys: ConsoleKeys,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { consolePage?: PageContext }>();
    const response = context.switchToHttp().getResponse<Response>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_PAGE, [context.getHandler(), context.getClass()]) ?? false;
    const secure = this.sessions.secureCookies;
    let browserId = readCookie(request, COOKIE.browser);
    if (!browserId) {
      browserId = randomId();
      setCookie(response, COOKIE.browser, browserId, { secure });
    }
    const lang = languageOf(request, response, secure);
    if (request.method !== 'GET' && request.method !== 'HEAD' && !this.keys.csrfMatches(browserId, request.body?._csrf)) {
      throw new ForbiddenException({ statusCode: 403, code: 'csrf', message: 'csrf' });
    }
    const session = await this.sessions.find(request);
    const path = request.path.replace(/\/+$/, '') || '/console';
    request.consolePage = {
      lang,
      csrf: this.keys.csrfToken(browserId),
      path,
      query: Object.fromEntries(Object.entries(request.query).filter((e): e is [string, string] => typeof e[1] === 'string')),
      organiser: session ? { id: session.organiserId, name: session.organiserName } : null,
      api: new ServicesApi(ServicesApi.bases(this.config), session?.token ?? null),
    };
    if (!session && !isPublic) throw new SignInRequired(request.method === 'GET' ? request.originalUrl : path);
    return true;
  }
}

/** `?lang=en` (the switch's link) wins and is remembered; then the remembered choice; French otherwise. */
function languageOf(request: Request, response: Response, secure: boolean): Lang {
  const asked = request.query.lang;
  if (asked === 'fr' || asked === 'en') {
    setCookie(response, COOKIE.lang, asked, { secure, maxAgeSeconds: 365 * 24 * 3600 });
    return asked;
  }
  return readCookie(request, COOKIE.lang) === 'en' ? 'en' : 'fr';
}
