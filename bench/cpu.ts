// CPU time per process group from /proc (Linux): shows where a workload's CPU went — PostgreSQL,
// the app server, or this load generator — since all three share the machine's cores.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
  } catch {
    return 0;
  }
}

function command(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/** A backend's title ("postgres: user database host(port) state"), '' for another process. */
function title(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

let database: string | undefined;
/**
 * Count only the backends connected to this database (BENCH's own), not every postgres process:
 * on a server shared with other databases' work (tests of other sessions) their CPU was counted
 * as the workload's. PostgreSQL's background writers are then left out.
 */
export function onlyDatabase(name: string) {
  database = name;
}

export interface CpuSnapshot {
  postgres: number;
  server: number;
  load: number;
}

/** Cumulative CPU ms of every postgres process, the server process and this process. */
export function cpuSnapshot(serverPid: number | undefined): CpuSnapshot {
  let postgres = 0;
  if (process.platform === 'linux')
    for (const d of readdirSync('/proc')) {
      const pid = Number(d);
      if (pid && command(pid) === 'postgres' && (!database || title(pid).split(' ')[2] === database))
        postgres += cpuMs(pid);
    }
  return {
    postgres,
    server: serverPid ? cpuMs(serverPid) : 0,
    load: process.platform === 'linux' ? cpuMs(process.pid) : 0,
  };
}

/** "PostgreSQL 1.1 ms, server 0.4 ms, load 0.2 ms of CPU per request". */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): string {
  // A process that exits during the workload takes its time with it; never report less than 0.
  const per = (k: keyof CpuSnapshot) =>
    (Math.max(0, after[k] - before[k]) / Math.max(1, requests)).toFixed(2);
  return `CPU per request: PostgreSQL ${per('postgres')} ms, server ${per('server')} ms, load generator ${per('load')} ms`;
}
