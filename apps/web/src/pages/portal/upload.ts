import { UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import { ApiError } from '../../api/client.ts';

export interface PartResult {
  id: string;
  received: number;
  size: number;
  complete: boolean;
}

/** Base64 of a part, built in slices (one String.fromCharCode call per 32 kB, not per byte). */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * Sends a file in parts of at most 512 KiB, as the API requires (its JSON bodies stop at 1 MiB):
 * the first part creates the upload, each next part goes at the offset received so far. When an
 * answer was lost and the server already has a part, its 409 says how much it has; we go on from there.
 */
export async function uploadInParts(
  file: File,
  send: {
    first(data: string, size: number): Promise<PartResult>;
    next(id: string, offset: number, data: string): Promise<PartResult>;
  },
  onProgress: (received: number, size: number) => void,
): Promise<PartResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const part = UPLOAD_LIMITS.partBytes;
  let r = await send.first(toBase64(bytes.subarray(0, part)), bytes.length);
  onProgress(r.received, bytes.length);
  while (r.received < bytes.length) {
    try {
      r = await send.next(r.id, r.received, toBase64(bytes.subarray(r.received, r.received + part)));
    } catch (e) {
      const received = e instanceof ApiError && e.code === 'uploadOffset' ? e.extra.received : undefined;
      if (typeof received !== 'number') throw e;
      r = { ...r, received };
    }
    onProgress(r.received, bytes.length);
  }
  return r;
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** A first look before sending: a known type by its name or the browser's word, and the size limit. */
export function precheck(file: File, maxBytes: number, allowed: readonly string[]): 'type' | 'size' | null {
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  const type = TYPES[ext] ?? file.type;
  if (!allowed.includes(type)) return 'type';
  if (file.size === 0 || file.size > maxBytes) return 'size';
  return null;
}
