import { describe, expect, it } from 'vitest';
import evaluate, { loadNormalizeGold } from '../eval/normalize.js';

describe('normalization gold (tests/gold/normalize.jsonl)', () => {
  it('should hold cases for every repair family, with negatives', () => {
    const rules = new Set(loadNormalizeGold().map((c) => c.rule.replace(/-(negative|keep)$/, '')));
    for (const rule of [
      'glued-sentence',
      'latin-lookalike',
      'line-end-hyphen',
      'nbsp',
      'numero',
      'quote',
      'dash',
    ]) {
      expect(rules).toContain(rule);
    }
    expect(
      loadNormalizeGold().filter((c) => c.expected === c.source).length,
    ).toBeGreaterThanOrEqual(8);
  });

  it('should repair with precision ≥ 0.95 and recall ≥ 0.9', async () => {
    const { metrics, notes } = await evaluate();
    expect(metrics.precision, notes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(metrics.recall, notes.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
