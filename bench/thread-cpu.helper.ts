/**
 * CPU time per thread of this process, read from /proc (Linux only). The pool
 * names its threads (`kazlex worker`), so a run's CPU splits into the main
 * thread, each worker thread and the rest: V8's helpers (garbage collection,
 * background compilation) and libuv's file-system threads.
 *
 * Worker threads vanish from /proc when the pool closes, so the sampler reads
 * every few hundred milliseconds and keeps each thread's last reading; the
 * last interval of a worker's life is lost, a fraction of a second at most.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { WORKER_THREAD_NAME } from '../src/pipeline/thread-name.js';

export interface ThreadCpu {
  mainSeconds: number;
  /** One figure per pool thread, busiest first. */
  workerSeconds: number[];
  helperSeconds: number;
}

interface Reading {
  name: string;
  seconds: number;
}

/** Linux reports thread times in clock ticks, 100 a second on every common build. */
const TICKS_PER_SECOND = 100;

/** utime and stime, fields 14 and 15 of /proc/<pid>/task/<tid>/stat, after the `(name)` field. */
export function parseThreadStat(stat: string): Reading | null {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const fields = stat.slice(close + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) return null;
  return { name: stat.slice(open + 1, close), seconds: (user + system) / TICKS_PER_SECOND };
}

export interface ThreadCpuSampler {
  stop(): ThreadCpu | null;
}

export function sampleThreadCpu(intervalMs = 250): ThreadCpuSampler {
  const readings = new Map<string, Reading>();
  const sample = (): boolean => {
    let tids: string[];
    try {
      tids = readdirSync('/proc/self/task');
    } catch {
      return false;
    }
    for (const tid of tids) {
      try {
        const reading = parseThreadStat(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8'));
        if (reading) readings.set(tid, reading);
      } catch {
        // the thread ended between the listing and the read
      }
    }
    return true;
  };
  const available = sample();
  const timer = available ? setInterval(sample, intervalMs) : undefined;
  timer?.unref();
  return {
    stop() {
      if (!timer) return null;
      clearInterval(timer);
      sample();
      return splitByRole(readings, String(process.pid));
    },
  };
}

export function splitByRole(readings: ReadonlyMap<string, Reading>, mainTid: string): ThreadCpu {
  let mainSeconds = 0;
  let helperSeconds = 0;
  const workerSeconds: number[] = [];
  for (const [tid, { name, seconds }] of readings) {
    if (tid === mainTid) mainSeconds = seconds;
    else if (name === WORKER_THREAD_NAME) workerSeconds.push(seconds);
    else helperSeconds += seconds;
  }
  workerSeconds.sort((a, b) => b - a);
  return { mainSeconds, workerSeconds, helperSeconds };
}
