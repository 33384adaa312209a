// Samples what processes cost while a benchmark runs, from Linux's /proc: each role's resident memory and CPU
// (in cores: 1.0 = one core busy for the whole interval), and the whole machine's busy cores, so the share of
// other users of a shared machine shows beside ours. Reads only; a process that is gone counts as nothing.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Linux's USER_HZ: /proc reports CPU time in these ticks on every common architecture. */
const TICKS_PER_SECOND = 100;

export interface ProcessSample {
  /** Seconds since the sampler started. */
  t: number;
  /** Resident memory per process, MB, by role then in the order the role's pids were given. */
  rssMb: Record<string, number[]>;
  /** CPU used since the previous sample, in cores, per role (summed over its processes). */
  cores: Record<string, number>;
  /** All CPU use of the machine over the interval, in cores (ours and everyone else's). */
  machineCores: number;
}

export interface ProcessSampler {
  samples: ProcessSample[];
  /** Takes one sample now (also done every interval). */
  sample(): ProcessSample;
  stop(): void;
}

function readTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields are counted after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of proc(5))
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a process has used so far; 0 for one that is gone. */
export const cpuSecondsOf = (pid: number): number => readTicks(pid) / TICKS_PER_SECOND;

/** The whole machine's busy and total CPU ticks since boot (busy/total over an interval: its load, 0..1). */
export function machineTicks(): { busy: number; total: number } {
  return readMachineTicks();
}

function readRssMb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

function readMachineTicks(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const ticks = values.map(Number);
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = ticks[3]! + ticks[4]!; // idle + iowait
  return { busy: total - idle, total };
}

export const machineCoreCount = (): number => cpus().length;

/** `roles()` is asked at every sample, so processes that start or stop later are followed. */
export function startProcessSampler(
  roles: () => Record<string, number[]>,
  intervalMs = 2_000,
): ProcessSampler {
  const started = performance.now();
  const samples: ProcessSample[] = [];
  let lastAt = started;
  let lastTicks = new Map<number, number>();
  let lastMachine = readMachineTicks();
  for (const pids of Object.values(roles())) for (const pid of pids) lastTicks.set(pid, readTicks(pid));

  const sample = (): ProcessSample => {
    const now = performance.now();
    const seconds = Math.max((now - lastAt) / 1000, 1e-3);
    const ticks = new Map<number, number>();
    const rssMb: Record<string, number[]> = {};
    const cores: Record<string, number> = {};
    for (const [role, pids] of Object.entries(roles())) {
      rssMb[role] = pids.map(readRssMb);
      cores[role] = 0;
      for (const pid of pids) {
        const used = readTicks(pid);
        ticks.set(pid, used);
        cores[role] += Math.max(0, used - (lastTicks.get(pid) ?? used)) / TICKS_PER_SECOND / seconds;
      }
    }
    const machine = readMachineTicks();
    const machineCores =
      ((machine.busy - lastMachine.busy) / Math.max(machine.total - lastMachine.total, 1)) *
      machineCoreCount();
    lastAt = now;
    lastTicks = ticks;
    lastMachine = machine;
    const taken = { t: (now - started) / 1000, rssMb, cores, machineCores };
    samples.push(taken);
    return taken;
  };
  const timer = setInterval(sample, intervalMs);
  return { samples, sample, stop: () => clearInterval(timer) };
}
