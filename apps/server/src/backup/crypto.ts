import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, statSync } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// A backup file: MAGIC, a random salt and IV, then AES-256-GCM of [manifest length (4 bytes),
// manifest JSON, dump], then GCM's 16-byte tag, so a changed byte or a wrong key fails the restore.
// The key comes from OSTOJA_BACKUP_KEY through scrypt (a passphrase or random bytes both do).
const MAGIC = Buffer.from('OSTOJABK1');
const SALT = 16;
const IV = 12;
const TAG = 16;
const HEADER = MAGIC.length + SALT + IV;

export interface Manifest {
  format: 1;
  kind: 'postgres' | 'pglite';
  createdAt: string;
  /** Rows and a checksum of each table, as dumped: the restore must reproduce them. */
  tables: Record<string, { rows: number; checksum: string }>;
}

const derive = (key: string, salt: Buffer) => scryptSync(key, salt, 32);

/** Writes manifest and the dump stream, encrypted, to `file`. */
export async function writeEncrypted(file: string, key: string, manifest: Manifest, dump: Readable) {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', derive(key, salt), iv);
  const out = createWriteStream(file, { mode: 0o600 });
  out.write(Buffer.concat([MAGIC, salt, iv]));
  const meta = Buffer.from(JSON.stringify(manifest));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(meta.length);
  async function* plain() {
    yield length;
    yield meta;
    for await (const chunk of dump) yield chunk as Buffer;
  }
  await pipeline(Readable.from(plain()), cipher, out as Writable, { end: false });
  await new Promise<void>((done, fail) =>
    out.end(Buffer.from(cipher.getAuthTag()), () => done()).on('error', fail),
  );
}

/**
 * Decrypts a backup into `plainFile` (nothing reaches the database before GCM has checked every
 * byte); returns its manifest and where the dump starts in that file.
 */
export async function decryptToFile(file: string, key: string, plainFile: string) {
  const size = statSync(file).size;
  const head = Buffer.alloc(HEADER);
  const tag = Buffer.alloc(TAG);
  const fd = openSync(file, 'r');
  readSync(fd, head, 0, HEADER, 0);
  if (size >= HEADER + TAG) readSync(fd, tag, 0, TAG, size - TAG);
  closeSync(fd);
  if (size < HEADER + TAG || !head.subarray(0, MAGIC.length).equals(MAGIC))
    throw new Error(`${file} is not an Ostoja backup.`);
  const salt = head.subarray(MAGIC.length, MAGIC.length + SALT);
  const decipher = createDecipheriv('aes-256-gcm', derive(key, salt), head.subarray(MAGIC.length + SALT));
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      createReadStream(file, { start: HEADER, end: size - TAG - 1 }),
      decipher,
      createWriteStream(plainFile, { mode: 0o600 }),
    );
  } catch {
    throw new Error('The backup key is wrong or the file was changed: nothing was restored.');
  }
  const pfd = openSync(plainFile, 'r');
  const length = Buffer.alloc(4);
  readSync(pfd, length, 0, 4, 0);
  const meta = Buffer.alloc(length.readUInt32BE(0));
  readSync(pfd, meta, 0, meta.length, 4);
  closeSync(pfd);
  return { manifest: JSON.parse(meta.toString('utf8')) as Manifest, dumpStart: 4 + meta.length };
}
