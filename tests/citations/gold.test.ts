import { describe, expect, it } from 'vitest';
import evaluate from '../eval/citations.js';
import { hasShared } from '../helpers/shared.js';

describe.runIf(hasShared)('citation gold (tests/gold/citations.*.jsonl)', () => {
  it('should meet the targets of the citations issue in both languages', async () => {
    const { metrics } = await evaluate();
    for (const lang of ['kk', 'ru']) {
      expect(metrics[`${lang}.precision`], lang).toBeGreaterThanOrEqual(0.97);
      expect(metrics[`${lang}.recall`], lang).toBeGreaterThanOrEqual(0.95);
      expect(metrics[`${lang}.article_accuracy`], lang).toBeGreaterThanOrEqual(0.98);
      // abstaining is allowed; an answer must be right
      if ((metrics[`${lang}.anaphora_answers`] ?? 0) > 0)
        expect(metrics[`${lang}.anaphora_precision`], lang).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);

  it('should keep reading the constructions learnt on 30 November', async () => {
    const { metrics } = await evaluate();
    for (const set of ['added.kk', 'added.ru']) {
      expect(metrics[`${set}.gold`], set).toBeGreaterThan(15);
      expect(metrics[`${set}.recall`], set).toBeGreaterThanOrEqual(0.95);
      expect(metrics[`${set}.act_accuracy`], set).toBeGreaterThanOrEqual(0.95);
      expect(metrics[`${set}.kind_accuracy`], set).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);
});
