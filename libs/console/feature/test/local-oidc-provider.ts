import type { Server } from 'node:http';
import { freePort } from '@cercle/testing';

/** A login at the local provider given as `unverified:<email>` yields that email with `email_verified: false`. */
export const UNVERIFIED = 'unverified:';

/**
 * A real OpenID Connect provider (the `oidc-provider` package, the certified implementation behind many
 * identity servers) on a free local port, standing in for ProConnect. Its development login page takes
 * any login as the account's email and any password; the email is verified unless the login starts
 * with `unverified:`. As ProConnect does, it hands the email out at the userinfo endpoint, not in the
 * ID token.
 */
export class LocalOidcProvider {
  readonly clientId = 'cercle-console';
  readonly clientSecret = 'local-client-secret-0123456789abcdef';
  issuer!: string;
  private server: Server | null = null;

  async start(redirectUri: string): Promise<this> {
    // ES modules only (Node 20.20 and jest's SWC transform load it with require).
    const Provider = (require('oidc-provider') as { default: new (issuer: string, config: object) => { listen(port: number): Server } })
      .default;
    const jose = require('jose') as typeof import('jose');
    const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
    const port = await freePort();
    this.issuer = `http://127.0.0.1:${port}`;
    const provider = new Provider(this.issuer, {
      jwks: { keys: [{ ...(await jose.exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'local' }] },
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
      clients: [
        {
          client_id: this.clientId,
          client_secret: this.clientSecret,
          redirect_uris: [redirectUri],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'] },
      findAccount: async (_context: unknown, login: string) => ({
        accountId: login,
        claims: async () => ({
          sub: login,
          email: login.startsWith(UNVERIFIED) ? login.slice(UNVERIFIED.length) : login,
          email_verified: !login.startsWith(UNVERIFIED),
        }),
      }),
      cookies: { keys: ['local-oidc-provider-cookie-key-0123456789'] },
      pkce: { required: () => true },
    });
    await new Promise<void>((resolve) => {
      this.server = provider.listen(port);
      this.server.once('listening', resolve);
    });
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
