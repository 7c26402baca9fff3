import type { Request, Response } from 'express';
import { z } from 'zod';
import { InvalidLinkError, verifyLink } from '@cercle/signed-links';
import { toHttpError } from '../errors';
import { signedPageMessage } from './signed-page-messages';
import { UseCaseError } from '@cercle/platform';

/**
 * What every member page reached by a signed link shares (scribe notes, topic ballot): reading the link,
 * telling a program from a browser, and answering an error as JSON or as a page.
 */

/** A program asks for JSON, or sends it; a browser's form post is urlencoded and accepts HTML. */
export function wantsJson(req: Request): boolean {
  const accept = req.headers.accept ?? '';
  if (accept.includes('text/html')) return false;
  return accept.includes('application/json') || (req.headers['content-type'] ?? '').includes('application/json');
}

/**
 * The member and the occurrence a link was signed for. A forged, malformed or wrong-purpose link is refused
 * (403); an expired one is gone (410), so the page can say "ask for a new link" rather than "not allowed".
 */
export function verifyOccurrenceLink(
  secret: string,
  token: string,
  purpose: string,
  now: Date,
): { occurrenceId: string; memberId: string } {
  try {
    const claim = verifyLink(secret, token, purpose, now);
    const uuid = z.string().uuid();
    if (uuid.safeParse(claim.subjectId).success && uuid.safeParse(claim.memberId).success)
      return { occurrenceId: claim.subjectId, memberId: claim.memberId };
  } catch (error) {
    if (error instanceof InvalidLinkError) throw new UseCaseError(error.code, error.code === 'link-expired' ? 410 : 403, error.message);
    throw error;
  }
  throw new UseCaseError('link-invalid', 403, 'This link is not valid.');
}

/**
 * Answers a use-case error with its status: JSON (the API's message) for programs, the page's own error
 * page for people, in the page's language.
 */
export function sendSignedPageError(
  raw: unknown,
  req: Request,
  res: Response,
  language: 'fr' | 'en',
  renderErrorPage: (status: number, message: string) => string,
): void {
  const error = toHttpError(raw);
  if (!(error instanceof UseCaseError)) throw error;
  if (wantsJson(req)) {
    res.status(error.status).json({ statusCode: error.status, code: error.code, message: error.message });
    return;
  }
  res
    .status(error.status)
    .type('html')
    .send(renderErrorPage(error.status, signedPageMessage(error.code, error.status, language)));
}
