import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the value that goes into a cookie or an e-mailed link. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token: hex SHA-256 (a leaked table grants nothing). */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
