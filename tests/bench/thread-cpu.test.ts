import { describe, expect, it } from 'vitest';
import { parseThreadStat, sampleThreadCpu, splitByRole } from '../../bench/thread-cpu.helper.js';
import { WORKER_THREAD_NAME } from '../../src/pipeline/thread-name.js';

// A real line of /proc/<pid>/task/<tid>/stat, with a name holding a space and a parenthesis.
const STAT =
  '13418 (kazlex (worker)) S 13396 13396 13300 0 -1 4194368 2000 0 0 0 1003 102 0 0 20 0 11 0 5000 1000000 20000';

describe('parseThreadStat', () => {
  it('should read the name and user plus system ticks after the last parenthesis', () => {
    expect(parseThreadStat(STAT)).toEqual({ name: 'kazlex (worker)', seconds: 11.05 });
  });

  it('should refuse a line without the name field or the times', () => {
    expect(parseThreadStat('13418 kazlex S 1 2')).toBeNull();
    expect(parseThreadStat('13418 (node) S 1 2')).toBeNull();
  });
});

describe('splitByRole', () => {
  it('should split CPU into the main thread, each named worker (busiest first) and the rest', () => {
    const readings = new Map([
      ['100', { name: 'node', seconds: 7.3 }],
      ['101', { name: 'node', seconds: 1.5 }],
      ['102', { name: 'node', seconds: 0.5 }],
      ['110', { name: WORKER_THREAD_NAME, seconds: 10.5 }],
      ['111', { name: WORKER_THREAD_NAME, seconds: 11 }],
    ]);
    expect(splitByRole(readings, '100')).toEqual({
      mainSeconds: 7.3,
      workerSeconds: [11, 10.5],
      helperSeconds: 2,
    });
  });
});

describe('sampleThreadCpu', () => {
  it.runIf(process.platform === 'linux')('should see the CPU this thread spends', () => {
    const sampler = sampleThreadCpu();
    const until = performance.now() + 300;
    let spins = 0;
    while (performance.now() < until) spins++;
    const threads = sampler.stop();
    expect(spins).toBeGreaterThan(0);
    // vitest may run this file on a worker thread, not the process's main one.
    const total = (threads?.mainSeconds ?? 0) + (threads?.helperSeconds ?? 0);
    expect(total).toBeGreaterThanOrEqual(0.2);
  });
});
