import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/index.js';

/** Pathological inputs: long runs that make backtracking regexes go quadratic or worse. */
const makers: Record<string, (n: number) => string> = {
  digits: (n) => '1'.repeat(n),
  dashes: (n) => '-'.repeat(n),
  'digit-dash': (n) => '1-'.repeat(n / 2),
  'number list': (n) => `статьи ${'1, '.repeat(n / 3)}`,
  'kk number list': (n) => `${'1, '.repeat(n / 3)}2-баптарында`,
  'repeated keywords': (n) => 'статьи пункта '.repeat(n / 14),
  'kk keywords': (n) => 'Заңының бабының '.repeat(n / 16),
  'open quotes': (n) => `Закона ${'«'.repeat(n)}`,
  'dotted dates': (n) => '1.1.'.repeat(n / 4),
  brackets: (n) => `(далее – ${'('.repeat(n)}`,
  letters: (n) => `Коно${'с'.repeat(n)}`,
  'numbered chain': (n) => 'п. 1 '.repeat(n / 5),
};

function time(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    findCitations(text, { lang: text.includes('баб') || text.includes('бап') ? 'kk' : 'ru' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('linear time on pathological inputs', () => {
  for (const [name, make] of Object.entries(makers)) {
    it(`should scale linearly on ${name}`, () => {
      const n = 25_000;
      time(make(n)); // warm up the JIT
      const small = time(make(n));
      const large = time(make(4 * n));
      // linear → ×4; quadratic → ×16. Allow noise on a shared machine, with a floor for tiny times.
      expect(large, `${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(
        Math.max(10 * small, 40),
      );
    });
  }

  it('should finish 100k digits quickly', () => {
    const t0 = performance.now();
    findCitations('9'.repeat(100_000), {});
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
