import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ServicesApi } from '../api/services-api';

export type Lang = 'fr' | 'en';

/** What every console page knows about its request: built once by the PageGuard, read by controllers and the shell. */
export interface PageContext {
  lang: Lang;
  /** The CSRF token each form of this page carries (the shell's forms add it themselves). */
  csrf: string;
  /** The page's own path without its query, e.g. `/console/communities` (language switch, forms posting to themselves). */
  path: string;
  /** The query string as received, for pages that keep filters. */
  query: Record<string, string>;
  /** Null on the sign-in pages; set on every other page (the guard redirects to sign-in otherwise). */
  organiser: { id: string; name: string } | null;
  /** The services' APIs, called as the signed-in organiser. */
  api: ServicesApi;
}

/** A page context on a page that requires a session: the organiser is always there. */
export type SignedInContext = PageContext & { organiser: { id: string; name: string } };

export const PUBLIC_PAGE = 'cercle-console-public-page';

/** Marks a console route that answers without a session (sign-in pages, DSFR assets). */
export const PublicPage = () => SetMetadata(PUBLIC_PAGE, true);

/** The request's page context, for a route that needs a session (every route without @PublicPage()). */
export const Page = createParamDecorator((_: unknown, context: ExecutionContext): SignedInContext => {
  return context.switchToHttp().getRequest().consolePage;
});

/** The request's page context on a @PublicPage() route (organiser may be null). */
export const AnyPage = createParamDecorator((_: unknown, context: ExecutionContext): PageContext => {
  return context.switchToHttp().getRequest().consolePage;
});

/** Picks from a `{ fr, en }` pair of texts by the page's language. */
export function textFor<T>(context: { lang: Lang }, text: Record<Lang, T>): T {
  return text[context.lang];
}
