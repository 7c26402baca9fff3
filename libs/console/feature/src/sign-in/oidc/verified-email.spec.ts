import { verifiedEmailOf } from './verified-email';

describe('the email an OpenID Connect answer vouches for', () => {
  it('takes an email the provider says is verified, lower-cased', () => {
    expect(verifiedEmailOf({ email: ' Ada@Example.ORG ', email_verified: true }, false)).toBe('ada@example.org');
    expect(verifiedEmailOf({ email: 'ada@example.org', email_verified: 'true' }, false)).toBe('ada@example.org');
  });

  it('refuses an email marked unverified, even from a trusted provider', () => {
    expect(verifiedEmailOf({ email: 'ada@example.org', email_verified: false }, true)).toBeNull();
    expect(verifiedEmailOf({ email: 'ada@example.org', email_verified: 'false' }, true)).toBeNull();
  });

  it('takes an email without the claim only from a provider the installation trusts', () => {
    expect(verifiedEmailOf({ email: 'ada@example.org' }, false)).toBeNull();
    expect(verifiedEmailOf({ email: 'ada@example.org' }, true)).toBe('ada@example.org');
  });

  it('refuses no email, or something that is not one', () => {
    expect(verifiedEmailOf({ email_verified: true }, true)).toBeNull();
    expect(verifiedEmailOf({ email: 'not an email', email_verified: true }, true)).toBeNull();
    expect(verifiedEmailOf({ email: 42, email_verified: true }, true)).toBeNull();
  });
});
