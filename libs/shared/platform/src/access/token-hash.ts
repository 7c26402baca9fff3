import { createHash, randomBytes } from 'node:crypto';

/** API tokens are 256 random bits; only their SHA-256 is stored (a slow hash adds nothing at this entropy). */
export function newApiToken(): { token: string; hash: string } {
  const token = `crc_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
