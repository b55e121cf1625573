import { z } from 'zod';

/**
 * A file the API answers with (PDF, XLSX, CSV, a bank file): bytes in the server, sent as they
 * are with their own content type (Fastify does not serialise a Buffer); the document says binary.
 */
export const FileBody = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'not a file')
  .meta({ type: 'string', format: 'binary' });
