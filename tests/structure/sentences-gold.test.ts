import { describe, expect, it } from 'vitest';
import evaluate from '../eval/sentences.js';

describe('sentence gold (tests/gold/sentences.*.txt)', () => {
  it('should reach boundary F1 ≥ 0.97 per language and beat both baselines', async () => {
    const { metrics } = await evaluate();
    for (const lang of ['kk', 'ru']) {
      const f1 = metrics[`kazlex.${lang}.f1`] ?? 0;
      expect(f1, lang).toBeGreaterThanOrEqual(0.97);
      expect(f1).toBeGreaterThan(metrics[`intl.${lang}.f1`] ?? 1);
      expect(f1).toBeGreaterThan(metrics[`parse-latin.${lang}.f1`] ?? 1);
    }
  });
});
