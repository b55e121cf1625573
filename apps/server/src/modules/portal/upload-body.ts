import { base64Part } from '@ostoja/domain/portal/files';
import { trimmed } from '@ostoja/domain/shared/validation';
import { z } from 'zod';

// The bodies of an upload in parts, for the portal's documents and the intakes' attachments alike.

/** The first request of an upload: the file's name, claimed type and size (≤ twice `maxBytes` in base64), first part. */
export const fileStart = (maxBytes: number) => ({
  fileName: trimmed(200),
  /** Optional; when given it must match what the file's first bytes prove. */
  mediaType: z.string().max(100).nullish(),
  size: z
    .number()
    .int()
    .min(1)
    .max(maxBytes * 2),
  data: base64Part,
});

/** A next part of an upload: its `offset` (the bytes received so far) and data. */
export const filePart = (maxBytes: number) => ({
  offset: z.number().int().min(0).max(maxBytes),
  data: base64Part,
});
