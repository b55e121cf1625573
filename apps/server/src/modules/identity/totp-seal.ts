import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import * as repo from './repo-account.ts';

// TOTP secrets are encrypted at rest with AES-256-GCM under the installation's key
// (config.totpKey(): OSTOJA_TOTP_KEY), so a copy of the database or of a backup does not give
// anyone the staff's second factor. The user's id is bound in as associated data: a sealed secret
// copied onto another account's row does not open there.
const FORMAT = 'v1';
const IV = 12;

const aad = (userId: string) => Buffer.from(`staff_totp:${userId}`);
const b64 = (b: Buffer) => b.toString('base64url');

/** The stored form of a secret: `v1:<iv>.<ciphertext>.<tag>` (base64url). */
export function sealTotpSecret(key: Buffer, userId: string, secret: string): string {
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(userId));
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${FORMAT}:${b64(iv)}.${b64(body)}.${b64(cipher.getAuthTag())}`;
}

/** The secret of a stored value; throws when it was not sealed for this user under this key. */
export function openTotpSecret(key: Buffer, userId: string, stored: string): string {
  const [format, rest] = stored.split(':', 2);
  const [iv, body, tag] = (rest ?? '').split('.').map((p) => Buffer.from(p, 'base64url'));
  if (format !== FORMAT || !iv || !body || !tag) throw new Error('A TOTP secret is not sealed (v1)');
  const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(aad(userId)).setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/**
 * Seals the secrets stored in clear before encryption came (migration 0250 documents the column);
 * run at every start, it finds nothing to do once they are sealed. Returns how many rows it sealed.
 */
export async function sealStoredTotpSecrets(q: Queryable, key: Buffer): Promise<number> {
  const plain = await repo.unsealedTotp(q, `${FORMAT}:`);
  const seal = (userId: string, v: string | null) =>
    v === null || v.startsWith(`${FORMAT}:`) ? v : sealTotpSecret(key, userId, v);
  for (const r of plain)
    await repo.setTotpSecrets(q, r.userId, seal(r.userId, r.secret), seal(r.userId, r.pending));
  return plain.length;
}
