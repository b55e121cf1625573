// Small, well-formed files for examples and tests: real magic bytes and proper endings, padded
// to a chosen size so that uploads in several parts can be exercised.

/** A PDF of exactly `size` bytes (≥ 64): header, padding in a comment, trailer with %%EOF. */
export function fakePdf(size = 2048): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%');
  const tail = Buffer.from('\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(size - head.length - tail.length, 0x41), tail]);
}

/** The 8-byte PNG signature, an IHDR-like chunk, and the IEND chunk. */
export function fakePng(): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(40, 0x11),
    Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
  ]);
}

/** JPEG: SOI marker, some bytes, EOI marker. */
export function fakeJpeg(size = 300): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    Buffer.alloc(size - 6, 0x22),
    Buffer.from([0xff, 0xd9]),
  ]);
}

export const b64 = (b: Buffer) => b.toString('base64');
