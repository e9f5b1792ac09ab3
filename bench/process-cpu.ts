import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time used by processes, read from Linux's /proc (user + system, in seconds): what a request costs whatever else
 * the machine is doing, unlike its latency. Elsewhere (no /proc) every reading is `undefined` and the bench says so.
 */
const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux ABI Node runs on

function statFields(pid: number): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: split after its closing one.
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function pids(): number[] {
  try {
    return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
}

/** A process's own CPU seconds (utime + stime: fields 14 and 15, here 12 and 13 after the name); null if not shown. */
export function processCpuSeconds(pid: number): number | null {
  const f = statFields(pid);
  return f ? (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND : null;
}

const cpuOf = (pid: number) => processCpuSeconds(pid) ?? 0;

/**
 * `root` and its descendants (a cluster primary and its workers), or the processes named `command` whose command line
 * holds `argument` (PostgreSQL's backends show their database there, so other databases' work is not counted).
 */
export type ProcessSet = { root: number } | { command: string; argument: string };

function members(set: ProcessSet): number[] {
  const all = pids();
  if ('command' in set) {
    return all.filter((pid) => {
      try {
        return (
          readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === set.command &&
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(set.argument)
        );
      } catch {
        return false;
      }
    });
  }
  const parentOf = new Map(all.map((pid) => [pid, Number(statFields(pid)?.[1] ?? 0)]));
  const inTree = (pid: number): boolean => pid === set.root || (pid > 1 && parentOf.has(pid) && inTree(parentOf.get(pid)!));
  return all.filter(inTree);
}

/** A reading: CPU seconds used so far by each of the set's processes, or undefined where /proc is not available. */
export type CpuReading = Map<number, number> | undefined;

export function cpuSeconds(set: ProcessSet): CpuReading {
  const list = members(set);
  if (!list.length && 'root' in set) return undefined; // the server is gone: no reading
  return new Map(list.map((pid) => [pid, cpuOf(pid)]));
}

/**
 * CPU milliseconds per request between two readings: each process's growth (a process that started in between counts
 * whole; one that exited drops out, so take both readings while the set lives, e.g. a server under load).
 */
export function msPerRequest(before: CpuReading, after: CpuReading, requests: number): number | undefined {
  if (!before || !after || requests <= 0) return undefined;
  let seconds = 0;
  for (const [pid, used] of after) seconds += used - (before.get(pid) ?? 0);
  return (seconds * 1000) / requests;
}
