import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logLikelihood, signedLogLikelihood } from '../../src/glossary/align/index.js';

/** Dunning's entropy form: 2 (Σ k ln k − Σ row ln row − Σ col ln col + N ln N), a second formula for the same value. */
function entropyForm(a: number, b: number, c: number, d: number): number {
  const xlx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);
  const n = a + b + c + d;
  return (
    2 *
    (xlx(a) + xlx(b) + xlx(c) + xlx(d) - xlx(a + b) - xlx(c + d) - xlx(a + c) - xlx(b + d) + xlx(n))
  );
}

describe('logLikelihood (G²)', () => {
  it('gives 40 ln 2 for a perfectly associated 10/10 table', () => {
    expect(logLikelihood({ both: 10, onlyX: 0, onlyY: 0, neither: 10 })).toBeCloseTo(
      40 * Math.LN2,
      10,
    );
  });

  it('gives 0 for an independent table', () => {
    expect(logLikelihood({ both: 2, onlyX: 8, onlyY: 8, neither: 32 })).toBeCloseTo(0, 10);
  });

  it('matches known values of the entropy form', () => {
    expect(logLikelihood({ both: 5, onlyX: 5, onlyY: 5, neither: 85 })).toBeCloseTo(12.533003, 5);
    expect(logLikelihood({ both: 1, onlyX: 0, onlyY: 0, neither: 99 })).toBeCloseTo(11.200307, 5);
  });

  it('does not rank a one-off pair above a frequent one (unlike Dice)', () => {
    const hapax = logLikelihood({ both: 1, onlyX: 0, onlyY: 0, neither: 269 });
    const frequent = logLikelihood({ both: 40, onlyX: 5, onlyY: 3, neither: 222 });
    expect(frequent).toBeGreaterThan(hapax);
  });

  it('signs negative associations', () => {
    expect(signedLogLikelihood({ both: 0, onlyX: 10, onlyY: 10, neither: 0 })).toBeLessThan(0);
    expect(signedLogLikelihood({ both: 10, onlyX: 0, onlyY: 0, neither: 10 })).toBeGreaterThan(0);
  });

  it('agrees with the entropy form, is symmetric and never negative', () => {
    const count = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(count, count, count, count, (a, b, c, d) => {
        const value = logLikelihood({ both: a, onlyX: b, onlyY: c, neither: d });
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeCloseTo(Math.max(0, entropyForm(a, b, c, d)), 6);
        expect(logLikelihood({ both: a, onlyX: c, onlyY: b, neither: d })).toBeCloseTo(value, 9);
      }),
    );
  });
});
