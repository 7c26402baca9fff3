import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import * as client from 'openid-client';
import { CLOCK, type Clock } from '@cercle/platform';
import { CONSOLE_CONFIG, type ConsoleConfig } from '../../console.config';
import { ConsoleKeys } from '../../session/console-keys';
import { clearCookie, COOKIE, readCookie, setCookie } from '../../session/cookies';
import { OidcSignInRefused, verifiedEmailOf } from './verified-email';

/** How long the provider may take to send the person back (the sealed cookie says when it started, too). */
const PENDING_SECONDS = 10 * 60;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What the browser keeps, sealed, between leaving for the provider and coming back. */
interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
  startedAt: number;
}

/**
 * OpenID Connect sign-in with the authorization code flow, state, nonce and PKCE (S256), through
 * `openid-client`: it checks the ID token's signature, issuer, audience, expiry and nonce. The provider's
 * metadata is discovered on first use (and again after a failure), so the console starts even when the
 * provider is down.
 */
@Injectable()
export class OidcSignIn {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(
    @Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly keys: ConsoleKeys,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.OIDC_ISSUER_URL);
  }

  get providerName(): string {
    return this.config.OIDC_PROVIDER_NAME;
  }

  /** The redirect URI to register at the provider. */
  get redirectUri(): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/console/oidc/callback`;
  }

  /** Where to send the browser to sign in; the browser keeps what the answer will be checked against. */
  async start(response: Response, next: string): Promise<string> {
    const configuration = await this.discover();
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      next,
      startedAt: this.clock.now().getTime(),
    };
    // PKCE whenever the provider announces S256; a provider that refuses unknown parameters (ProConnect's
    // documentation says it does) and announces none still gets state and nonce.
    const pkce: Record<string, string> = configuration.serverMetadata().supportsPKCE('S256')
      ? { code_challenge: await client.calculatePKCECodeChallenge(pending.verifier), code_challenge_method: 'S256' }
      : {};
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.config.OIDC_SCOPES,
      state: pending.state,
      nonce: pending.nonce,
      ...pkce,
    });
    setCookie(response, COOKIE.oidc, this.keys.sealSignIn(JSON.stringify(pending)), {
      secure: this.secure,
      maxAgeSeconds: PENDING_SECONDS,
    });
    return url.href;
  }

  /**
   * Checks the provider's answer on the redirect URI and returns the verified email and where the
   * person was going. The pending sign-in is spent whatever happens (an answer is checked once).
   */
  async finish(request: Request, response: Response): Promise<{ email: string; next: string }> {
    const pending = this.pending(request);
    clearCookie(response, COOKIE.oidc, this.secure);
    const answer = new URL(this.redirectUri);
    for (const [key, value] of Object.entries(request.query)) if (typeof value === 'string') answer.searchParams.set(key, value);
    if (!pending || answer.searchParams.get('state') !== pending.state) throw new OidcSignInRefused('expired');
    const error = answer.searchParams.get('error');
    if (error) throw new OidcSignInRefused(error === 'access_denied' ? 'denied' : 'provider', error);
    const configuration = await this.discover();
    try {
      const tokens = await client.authorizationCodeGrant(configuration, answer, {
        pkceCodeVerifier: configuration.serverMetadata().supportsPKCE('S256') ? pending.verifier : undefined,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      // Some providers (ProConnect) put the email in the userinfo answer only.
      const email =
        verifiedEmailOf(claims, this.config.OIDC_TRUST_EMAILS) ??
        verifiedEmailOf(await client.fetchUserInfo(configuration, tokens.access_token, claims.sub), this.config.OIDC_TRUST_EMAILS);
      if (!email) throw new OidcSignInRefused('unverified');
      return { email, next: pending.next };
    } catch (error) {
      throw error instanceof OidcSignInRefused ? error : new OidcSignInRefused('provider', error);
    }
  }

  private get secure(): boolean {
    return this.config.PUBLIC_URL.startsWith('https:');
  }

  private pending(request: Request): PendingSignIn | null {
    const sealed = readCookie(request, COOKIE.oidc);
    if (!sealed) return null;
    try {
      const pending = JSON.parse(this.keys.openSignIn(sealed)) as PendingSignIn;
      return this.clock.now().getTime() - pending.startedAt <= PENDING_SECONDS * 1000 ? pending : null;
    } catch {
      return null;
    }
  }

  private discover(): Promise<client.Configuration> {
    this.configuration ??= this.fetchConfiguration().catch((error) => {
      this.configuration = null;
      throw new OidcSignInRefused('unavailable', error);
    });
    return this.configuration;
  }

  private fetchConfiguration(): Promise<client.Configuration> {
    const issuer = new URL(this.config.OIDC_ISSUER_URL!);
    const secret = this.config.OIDC_CLIENT_SECRET;
    return client.discovery(issuer, this.config.OIDC_CLIENT_ID!, secret, secret ? client.ClientSecretPost(secret) : client.None(), {
      // Plain http only for a provider on this machine (a test or development provider); https otherwise.
      execute: issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname) ? [client.allowInsecureRequests] : [],
    });
  }
}
