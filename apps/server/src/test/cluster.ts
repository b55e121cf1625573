import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

// A PostgreSQL cluster of a test's own, for what the shared test server cannot undergo: restarts,
// replication. As root, the cluster runs as `postgres`.
const PGBIN = '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function pgArgs(command: string): [string, string[]] {
  const line = `${PGBIN}/${command}`;
  return asRoot ? ['su', ['postgres', '-c', line]] : ['bash', ['-c', line]];
}
/** Runs a PostgreSQL program as the cluster's owner. */
export const pgRun = (command: string) => execFileSync(...pgArgs(command), { stdio: 'pipe' });

export interface Cluster {
  dir: string;
  port: number;
  url: string;
  /** pg_ctl start|stop|restart with its options, waiting for it. */
  ctl(action: string): void;
  /** The same without blocking the event loop (load goes on meanwhile). */
  ctlAsync(action: string): Promise<unknown>;
  /** Stops it at once and removes its directory. */
  remove(): void;
}

/** A directory the cluster's owner may write. */
export function clusterDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot) execFileSync('chown', ['postgres:', dir]);
  else chownSync(dir, process.getuid!(), process.getgid!());
  return dir;
}

/** A cluster whose data directory `fill` creates (initdb by default, or a base backup), started. */
export async function startCluster(
  prefix: string,
  fill: (dataDir: string) => void = (data) =>
    pgRun(
      `initdb -D ${data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --locale-provider=icu --icu-locale=pl-PL`,
    ),
): Promise<Cluster> {
  const dir = clusterDir(prefix);
  const port = await freePort();
  fill(`${dir}/data`);
  const command = (action: string) =>
    `pg_ctl -D ${dir}/data -o '-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off' -l ${dir}/log -w ${action}`;
  const cluster: Cluster = {
    dir,
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    ctl: (action) => void pgRun(command(action)),
    ctlAsync: (action) => promisify(execFile)(...pgArgs(command(action))),
    remove() {
      try {
        pgRun(command('-m immediate stop'));
      } catch {
        // not running
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.ctl('start');
  return cluster;
}

/** One statement on a connection of its own (a cluster's admin work: replication, templates). */
export async function sqlOn<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}
