import { readdirSync, readFileSync } from 'node:fs';
import { hasMessage, registerMessages } from '@ostoja/domain';
import { messageKeysIn, translationProblems } from '@ostoja/domain/i18n/check';
import type { MessageFile } from '@ostoja/domain/i18n/types';
import { describe, expect, it } from 'vitest';

// Every file of screen strings in this folder, found by name, so a new ui-<topic>.ts is checked too.
const dir = new URL('./', import.meta.url);
const names = readdirSync(dir).filter((f) => /^ui-[a-z-]+\.ts$/.test(f));

async function catalogues(): Promise<[string, MessageFile][]> {
  const found: [string, MessageFile][] = [];
  for (const name of names) {
    const mod: Record<string, unknown> = await import(new URL(name, dir).href);
    for (const [exported, value] of Object.entries(mod))
      if (value && typeof value === 'object' && 'pl' in value)
        found.push([`${name} ${exported}`, value as MessageFile]);
  }
  return found;
}

describe("the web app's screen strings", () => {
  it('have every key in Polish, Ukrainian and English, none empty, with the same {placeholders}', async () => {
    const found = await catalogues();
    expect(found.length).toBeGreaterThanOrEqual(names.length);
    expect(
      translationProblems(
        found.map(([, f]) => f),
        found.map(([n]) => n),
      ),
    ).toEqual([]);
  });

  it('include every schema or error message key the screens name', async () => {
    registerMessages(...(await catalogues()).map(([, f]) => f));
    const src = new URL('../', import.meta.url);
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f),
    );
    const keys = files.flatMap((f) =>
      messageKeysIn(readFileSync(new URL(f, src), 'utf8')).map((k) => `${k} (${f})`),
    );
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((k) => !hasMessage(k.split(' ')[0]!))).toEqual([]);
  });

  it('are each named in keys.ts, so `t` accepts their keys', () => {
    const keys = readFileSync(new URL('keys.ts', dir), 'utf8');
    expect(names.filter((n) => !keys.includes(`'./${n}'`))).toEqual([]);
  });
});
