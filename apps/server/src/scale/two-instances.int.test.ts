import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo.ts';
import { createTestDatabase } from '../test/db.ts';

// Two app processes on one PostgreSQL behind nginx, started by scripts/two-instances.sh.
const root = join(import.meta.dirname, '../../../..');
let proc: ChildProcess;
let base: string;
let pids: number[];
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  const port = 20000 + Math.floor(Math.random() * 20000);
  proc = spawn('bash', [join(root, 'scripts/two-instances.sh'), String(port)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in 90 s:\n${log}`)), 90_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /READY (\S+) .*pids=([\d ]+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(`${m[1]} ${m[2]}`);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`exited ${code}:\n${log}`)));
  });
  const [url, ...rest] = ready.split(' ');
  base = url!;
  pids = rest.map(Number);
}, 120_000);

afterAll(async () => {
  if (proc?.pid) process.kill(-proc.pid, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await database?.drop();
});

async function me(cookie: string) {
  const res = await fetch(`${base}/api/v1/auth/me`, { headers: { cookie } });
  return { status: res.status, instance: res.headers.get('x-ostoja-instance') };
}

describe('two instances behind a proxy', () => {
  it('serves one session from both instances, and keeps serving when one is killed', async () => {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'pracownik', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const answers = await Promise.all(Array.from({ length: 10 }, () => me(cookie)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(new Set(answers.map((a) => a.instance))).toEqual(new Set(['a', 'b']));

    process.kill(pids[0]!, 'SIGKILL');
    const after = [];
    for (let i = 0; i < 6; i++) after.push(await me(cookie));
    expect(after.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(after.map((a) => a.instance))).toEqual(new Set(['b']));
  }, 60_000);
});
