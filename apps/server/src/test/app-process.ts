import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './cluster.ts';

const root = join(import.meta.dirname, '../../../..');

export interface AppProcess {
  process: ChildProcess;
  base: string;
  /** What it printed so far (for a failure's message). */
  log(): string;
}

/** `npm start`'s server as a process of its own (to be restarted or killed), ready to answer. */
export async function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  let log = '';
  const child = spawn('node', ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onData = (chunk: Buffer) => {
    log += chunk.toString();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app not ready in 90 s:\n${log}`)), 90_000);
    const ready = () => {
      if (!log.includes('Ostoja is running')) return;
      clearTimeout(timer);
      child.stdout!.off('data', ready);
      resolve();
    };
    child.stdout!.on('data', ready);
    child.once('exit', (code) => reject(new Error(`app exited ${code}:\n${log}`)));
  });
  return { process: child, base: `http://127.0.0.1:${port}`, log: () => log };
}
