import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The console's own keys, derived from LINK_SECRET with HKDF (one label per use), so that operators
 * keep one secret and a key for one use is never a key for another.
 */
export class ConsoleKeys {
  private readonly tokenKey: Buffer;
  private readonly csrfKey: Buffer;
  private readonly signInKey: Buffer;

  constructor(linkSecret: string) {
    this.tokenKey = derive(linkSecret, 'cercle-console-session-token');
    this.csrfKey = derive(linkSecret, 'cercle-console-csrf');
    this.signInKey = derive(linkSecret, 'cercle-console-oidc-sign-in');
  }

  encryptToken(token: string): string {
    return seal(this.tokenKey, token);
  }

  decryptToken(sealed: string): string {
    return open(this.tokenKey, sealed);
  }

  /** An OpenID Connect sign-in under way (state, nonce, PKCE verifier), kept in the browser's cookie: unreadable and unchangeable there. */
  sealSignIn(text: string): string {
    return seal(this.signInKey, text);
  }

  /** Throws when the cookie was changed, or sealed under another LINK_SECRET. */
  openSignIn(sealed: string): string {
    return open(this.signInKey, sealed);
  }

  /** The CSRF token of a browser: an HMAC of its browser cookie, so the server stores nothing per form. */
  csrfToken(browserId: string): string {
    return createHmac('sha256', this.csrfKey).update(browserId).digest('base64url');
  }

  csrfMatches(browserId: string, given: unknown): boolean {
    if (typeof given !== 'string' || !browserId) return false;
    const expected = Buffer.from(this.csrfToken(browserId));
    const actual = Buffer.from(given);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}

/** AES-256-GCM, `iv.tag.ciphertext` in base64url: a changed byte fails to decrypt rather than yielding another text. */
function seal(key: Buffer, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url')).join('.');
}

function open(key: Buffer, sealed: string): string {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

function derive(secret: string, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'cercle-console', label, 32));
}

/** A random identifier for a cookie (256 bits). */
export function randomId(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
