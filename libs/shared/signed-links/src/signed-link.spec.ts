import { InvalidLinkError, signLink, verifyLink } from './signed-link';

const secret = 'a'.repeat(40);
const now = new Date('2026-03-01T10:00:00Z');
const claim = { purpose: 'register', memberId: 'm1', subjectId: 'o1', exp: now.getTime() / 1000 + 3600 };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as InvalidLinkError).code;
  }
  return undefined;
}

describe('signed links', () => {
  it('round-trips a claim signed with the same secret', () => {
    expect(verifyLink(secret, signLink(secret, claim), 'register', now)).toEqual(claim);
  });

  it('refuses a link signed with another secret', () => {
    expect(codeOf(() => verifyLink(secret, signLink('b'.repeat(40), claim), 'register', now))).toBe('link-invalid');
  });

  it('refuses a link whose claim was edited', () => {
    const [, signature] = signLink(secret, claim).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claim, memberId: 'm2' })).toString('base64url');
    expect(codeOf(() => verifyLink(secret, `${forged}.${signature}`, 'register', now))).toBe('link-invalid');
  });

  it('refuses an expired link and a link for another purpose', () => {
    const token = signLink(secret, claim);
    expect(codeOf(() => verifyLink(secret, token, 'register', new Date(now.getTime() + 2 * 3600 * 1000)))).toBe('link-expired');
    expect(codeOf(() => verifyLink(secret, token, 'notes', now))).toBe('link-wrong-purpose');
  });

  it('refuses garbage', () => {
    expect(codeOf(() => verifyLink(secret, 'not-a-token', 'register', now))).toBe('link-invalid');
  });
});
