import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { CLOCK, type Clock } from '@cercle/platform';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../console.config';
import { ServicesApi } from '../api/services-api';
import { ConsoleSession } from './console-session.entity';
import { ConsoleKeys, randomId, sha256 } from './console-keys';
import { clearCookie, COOKIE, readCookie, setCookie } from './cookies';

/** What membership answers when it hands the console an organiser token (sign-in link redeemed). */
export interface IssuedSessionToken {
  token: string;
  tokenId: string;
  organiserId: string;
  organiserName: string;
  expiresAt: string;
}

/** A live session as pages use it: who, and their API token (decrypted for this request only). */
export interface OpenSession {
  organiserId: string;
  organiserName: string;
  token: string;
}

/** Console sessions: opened on sign-in, found on every request, closed (token revoked) on sign-out. */
@Injectable()
export class Sessions {
  constructor(
    private readonly em: EntityManager,
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly keys: ConsoleKeys,
  ) {}

  get secureCookies(): boolean {
    return this.config.PUBLIC_URL.startsWith('https:');
  }

  async open(response: Response, issued: IssuedSessionToken): Promise<void> {
    const id = randomId();
    const expiresAt = new Date(issued.expiresAt);
    const em = this.em.fork();
    em.create(ConsoleSession, {
      idHash: sha256(id),
      organiserId: issued.organiserId,
      organiserName: issued.organiserName,
      tokenId: issued.tokenId,
      encryptedToken: this.keys.encryptToken(issued.token),
      createdAt: this.clock.now(),
      expiresAt,
    });
    await em.flush();
    const maxAgeSeconds = Math.max(0, Math.floor((expiresAt.getTime() - this.clock.now().getTime()) / 1000));
    setCookie(response, COOKIE.session, id, { secure: this.secureCookies, maxAgeSeconds });
  }

  async find(request: Request): Promise<OpenSession | null> {
    const id = readCookie(request, COOKIE.session);
    if (!id) return null;
    const session = await this.em.fork().findOne(ConsoleSession, { idHash: sha256(id) });
    if (!session || session.expiresAt <= this.clock.now()) return null;
    try {
      return {
        organiserId: session.organiserId,
        organiserName: session.organiserName,
        token: this.keys.decryptToken(session.encryptedToken),
      };
    } catch {
      // LINK_SECRET changed since: the token cannot be read back, the organiser signs in again.
      return null;
    }
  }

  /** Signs out: revokes the session's API token at membership, forgets the session, clears the cookie. */
  async close(request: Request, response: Response): Promise<void> {
    const id = readCookie(request, COOKIE.session);
    clearCookie(response, COOKIE.session, this.secureCookies);
    if (!id) return;
    const em = this.em.fork();
    const session = await em.findOne(ConsoleSession, { idHash: sha256(id) });
    if (!session) return;
    const api = new ServicesApi(ServicesApi.bases(this.config), this.keys.decryptToken(session.encryptedToken));
    // A token already revoked or expired answers 401: the session goes either way.
    await api.delete('membership', `/organisers/me/tokens/${session.tokenId}`).catch(() => undefined);
    await em.nativeDelete(ConsoleSession, { idHash: session.idHash });
  }

  /** Forgets a session whose token the services no longer accept (revoked elsewhere, expired). */
  async forget(request: Request): Promise<void> {
    const id = readCookie(request, COOKIE.session);
    if (id) await this.em.fork().nativeDelete(ConsoleSession, { idHash: sha256(id) });
  }
}
