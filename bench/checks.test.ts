import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort, median, paidAll, portIsFree, ratioOfMedians, requireInput } from './checks.ts';

describe('ratio of medians (API vs SQL, one client)', () => {
  it('divides the medians, not the means: one slow outlier does not move it', () => {
    expect(ratioOfMedians([2, 2.2, 400], [1, 1.1, 1.2])).toBeCloseTo(2.2 / 1.1, 10);
  });
  it('takes the lower middle of an even count, as the percentiles do', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
  });
  it('refuses to make a figure out of no samples or a zero median', () => {
    expect(() => ratioOfMedians([], [1])).toThrow('no samples');
    expect(() => ratioOfMedians([1], [0])).toThrow('SQL median 0');
  });
});

describe('a missing input is an error', () => {
  it('0 JavaScript files is not a portal size that meets its target', () => {
    const files = (j: { files: number }) => j.files > 0;
    expect(() => requireInput({ files: 0, gzipBytes: 0 }, files, 'portal JavaScript')).toThrow(
      'missing input: portal JavaScript',
    );
    expect(requireInput({ files: 4, gzipBytes: 1 }, files, 'x')).toEqual({ files: 4, gzipBytes: 1 });
  });
  it('an empty sample is an error', () => {
    expect(() => requireInput([], (r) => r.length > 0, 'applications')).toThrow('applications');
  });
});

describe('the payment run pays every recipient', () => {
  it('reports the real count when it pays fewer', () => {
    const plain = (r: { met: boolean; note: string }) => ({ ...r, note: r.note.replace(/\s/g, ' ') });
    expect(plain(paidAll(100_000, 8_000))).toEqual({ met: false, note: 'only 8000 of 100 000 paid' });
    expect(plain(paidAll(8_000, 8_000))).toEqual({ met: true, note: '8000 paid' });
  });
});

describe('a free port', () => {
  it('the OS picks one that is free', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    expect(await portIsFree(port)).toBe(true);
  });
  it('skips a port in use within the range', async () => {
    const first = await freePort();
    const held = net.createServer();
    await new Promise<void>((r) => held.listen(first, '127.0.0.1', r));
    try {
      expect(await portIsFree(first)).toBe(false);
      const next = await freePort(`${first}-${first + 50}`);
      expect(next).toBeGreaterThan(first);
    } finally {
      held.close();
    }
  });
  it('refuses a malformed range', async () => {
    await expect(freePort('45xx')).rejects.toThrow('BENCH_PORTS');
  });
});
