// What a resident's browser downloads on the first load of /portal: every JavaScript response,
// gzipped as a server would send it (Debian's Chromium, headless, a fresh profile).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export async function portalFirstLoadJs(base: string): Promise<{ files: number; gzipBytes: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'ostoja-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) bodies.push(r.body());
    });
    await page.goto(`${base}/portal`, { waitUntil: 'networkidle' });
    const all = await Promise.all(bodies);
    return { files: all.length, gzipBytes: all.reduce((s, b) => s + gzipSync(b).length, 0) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The largest JavaScript chunk of the built web app, gzipped (the staff areas load lazily, so one chunk bounds a screen's first download). */
export function largestChunk(dist: string): { file: string; gzipBytes: number } {
  const assets = join(dist, 'assets');
  const sizes = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(assets, file))).length }));
  return sizes.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a), { file: '', gzipBytes: 0 });
}
