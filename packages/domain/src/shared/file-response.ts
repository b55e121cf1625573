import { z } from 'zod';

/**
 * The answer of a route that sends a file (a PDF, an attachment) with its own content-type:
 * bytes, never JSON. Fastify sends a Buffer as it is; the schema types the handler and tells the
 * OpenAPI document it is binary.
 */
export const FileBytes = z
  .custom<Uint8Array<ArrayBufferLike>>((v) => v instanceof Uint8Array)
  .meta({ type: 'string', format: 'binary' });
