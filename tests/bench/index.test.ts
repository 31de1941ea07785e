import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchmarkFiles } from '../../bench/util.js';

const benchDir = fileURLToPath(new URL('../../bench/', import.meta.url));

describe('the benchmark runner', () => {
  it('should leave out child processes, helpers and itself', () => {
    expect(
      benchmarkFiles([
        'cite.ts',
        'pipeline.ts',
        'pipeline.child.ts',
        'thread-cpu.helper.ts',
        'index.ts',
        'util.ts',
        'x.d.ts',
      ]),
    ).toEqual(['cite.ts', 'pipeline.ts']);
    expect(benchmarkFiles(['cite.ts', 'pipeline.ts'], ['pipe'])).toEqual(['pipeline.ts']);
  });

  it('should find only modules that export a benchmark to run', async () => {
    const names = benchmarkFiles(readdirSync(benchDir));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const module = (await import(pathToFileURL(`${benchDir}${name}`).href)) as {
        default?: unknown;
      };
      expect(typeof module.default, name).toBe('function');
    }
  });
});
