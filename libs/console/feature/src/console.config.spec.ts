import { consoleConfigSchema } from './console.config';

describe('the console settings', () => {
  const base = { DATABASE_URL: 'postgres://cercle@localhost/cercle', LINK_SECRET: 's'.repeat(40) };

  it('leaves OpenID Connect sign-in off when no issuer is set', () => {
    const config = consoleConfigSchema.parse(base);
    expect(config.OIDC_ISSUER_URL).toBeUndefined();
    expect(config.OIDC_TRUST_EMAILS).toBe(false);
    expect(config.OIDC_PROVIDER_NAME).toBe('ProConnect');
  });

  it('refuses an issuer without a client id or a console secret, naming what is missing', () => {
    const result = consoleConfigSchema.safeParse({ ...base, OIDC_ISSUER_URL: 'https://idp.example.org/api/v2' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['CONSOLE_SECRET', 'OIDC_CLIENT_ID']);
  });

  it('takes a complete OpenID Connect setting, and OIDC_TRUST_EMAILS as a word', () => {
    const config = consoleConfigSchema.parse({
      ...base,
      OIDC_ISSUER_URL: 'https://idp.example.org/api/v2',
      OIDC_CLIENT_ID: 'cercle',
      CONSOLE_SECRET: 'c'.repeat(32),
      OIDC_TRUST_EMAILS: 'true',
    });
    expect(config).toMatchObject({ OIDC_CLIENT_ID: 'cercle', OIDC_TRUST_EMAILS: true, OIDC_SCOPES: 'openid email' });
  });
});
