import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/** The text of a real PDF as poppler's pdftotext reads it, whitespace collapsed. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'ostoja-pdf-'));
  writeFileSync(join(dir, 'f.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', join(dir, 'f.pdf'), '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

/** Checks that an answer is a PDF (200, application/pdf) whose text holds each of `parts`; the text. */
export function expectPdf(
  res: { statusCode: number; headers: Record<string, unknown>; rawPayload: Buffer },
  parts: string[],
) {
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const text = pdfText(res.rawPayload);
  for (const part of parts) expect(text).toContain(part);
  return text;
}
