import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Member tokens: 256 random bits, shown once; only their SHA-256 is stored. */

export function newToken(): string {
  return `slt_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S{1,200})\s*$/iu.exec(header ?? '');
  return m ? m[1]! : null;
}
