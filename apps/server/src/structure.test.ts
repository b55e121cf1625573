import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The server's layout rules (issue 14), checked on its source text.

const SRC = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

const isTest = (file: string) => /\.test\.ts$/.test(file) || file.startsWith('test/');

describe('configuration', () => {
  it('is read from the environment only in config.ts (and in tests)', () => {
    const readers = sourceFiles(SRC).filter(
      (f) =>
        f !== 'config.ts' &&
        !isTest(f) &&
        /\bprocess\s*(\.\s*env\b|\[\s*['"`]env)|from\s+['"](node:)?process['"]/.test(
          readFileSync(join(SRC, f), 'utf8'),
        ),
    );
    expect(readers).toEqual([]);
  });
});
