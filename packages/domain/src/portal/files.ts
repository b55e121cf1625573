import { z } from 'zod';

// Files residents and staff upload: identified by their first bytes (magic numbers), never by
// the name or the type the browser declares, and checked for a proper ending once complete,
// so that a renamed executable or a truncated upload is refused.
export const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type FileType = (typeof FILE_TYPES)[number];

const EXTENSION: Record<FileType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IEND = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** The type the first bytes prove, or null: PDF "%PDF-", JPEG FF D8 FF, PNG's 8-byte signature. */
export function sniffFileType(head: Uint8Array): FileType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, PNG_SIGNATURE)) return 'image/png';
  return null;
}

/**
 * Whether a complete file ends as its type must: a PDF has "%%EOF" within its last 1024 bytes
 * (readers accept trailing junk after it), a JPEG ends with the EOI marker FF D9, a PNG with IEND.
 */
export function endsProperly(type: FileType, bytes: Uint8Array): boolean {
  if (type === 'application/pdf') {
    const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
    return tail.includes('%%EOF');
  }
  if (type === 'image/jpeg') {
    // Some cameras pad after EOI; accept the marker within the last 32 bytes.
    for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 32); i--)
      if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
    return false;
  }
  return bytes.length >= 12 && startsWith(bytes, PNG_IEND, bytes.length - 8);
}

/** Limits of uploads. A part fits the server's 1 MiB JSON body limit once base64-encoded. */
export const UPLOAD_LIMITS = {
  /** Attachments of one online application. */
  maxAttachments: 5,
  maxAttachmentBytes: 5 * 1024 * 1024,
  /** A downloadable document published by staff. */
  maxDocumentBytes: 10 * 1024 * 1024,
  partBytes: 512 * 1024,
} as const;

/** One part of a file, base64; a whole file is sent in parts of at most `partBytes`. */
export const base64Part = z
  .string()
  .min(4, 'validation.file.empty')
  .max(Math.ceil(UPLOAD_LIMITS.partBytes / 3) * 4, 'validation.file.partTooLarge')
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'validation.file.base64');

/** Decodes a validated base64 part. */
export function decodeBase64(data: string): Uint8Array {
  const bin = atob(data);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * A file name safe to store and to send back in Content-Disposition: no path, no control or
 * quoting characters, at most 100 characters, and the extension of the type actually found.
 */
export function safeFileName(name: string, type: FileType): string {
  const base =
    name
      .split(/[\\/]/)
      .pop()!
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Cf}"*:<>?|;]/gu, '')
      .replace(/\.[A-Za-z0-9]{1,5}$/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 90) || 'plik';
  return `${base}.${EXTENSION[type]}`;
}

/** "2,4 MB" / "512 kB" for the resident (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, locale: string): string {
  const f = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
  return bytes >= 1_000_000 ? `${f(bytes / 1_000_000)} MB` : `${f(Math.max(1, bytes / 1000))} kB`;
}

/**
 * Checks the first part of an upload: the declared size within the limit, the type proven by
 * the magic bytes among the allowed ones (and equal to the declared type, if any), and — when the
 * first part is the whole file — a proper ending. Returns the type, or the field and reason.
 */
export function checkFirstPart(
  first: Uint8Array,
  o: { size: number; maxBytes: number; allowed: readonly FileType[]; declared?: string | null },
): { type: FileType } | { path: string; message: string } {
  if (o.size > o.maxBytes)
    return { path: 'size', message: `validation.file.tooLarge?mb=${o.maxBytes / 1024 / 1024}` };
  if (first.length > o.size) return { path: 'data', message: 'validation.file.sizeMismatch' };
  const type = sniffFileType(first);
  if (!type || !o.allowed.includes(type)) return { path: 'data', message: 'validation.file.type' };
  if (o.declared && o.declared !== type)
    return { path: 'mediaType', message: 'validation.file.typeMismatch' };
  if (first.length === o.size && !endsProperly(type, first))
    return { path: 'data', message: 'validation.file.damaged' };
  if (first.length < Math.min(o.size, 16)) return { path: 'data', message: 'validation.file.partTooSmall' };
  return { type };
}
