import { z } from 'zod';

// Answers that are files, not JSON. The server sends the bytes (or text) as they are: Fastify
// does not run a serialiser over a Buffer or over a string with a non-JSON content type, so these
// schemas type the handler and tell the OpenAPI document what comes back.

/** A PDF document (the handler sets content-type and content-disposition). */
export const PdfFile = z
  .custom<Uint8Array<ArrayBufferLike>>((v) => v instanceof Uint8Array)
  .meta({ type: 'string', format: 'binary', contentMediaType: 'application/pdf' });

/** A CSV export for a spreadsheet, as text. */
export const CsvFile = z.string().meta({ contentMediaType: 'text/csv' });

/** Any other file (XLSX, DOCX, a bank file): bytes with the content type the handler sets. */
export const FileBody = z
  .custom<Uint8Array<ArrayBufferLike>>((v) => v instanceof Uint8Array, 'not a file')
  .meta({ type: 'string', format: 'binary' });
