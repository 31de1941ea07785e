import { describe, expect, it } from 'vitest';
import { kazakhTermForms } from '../../src/glossary/occurrences/index.js';
import evaluate, { isAkimConfusion, readTermOccurrenceGold } from '../eval/term-occurrences.js';

describe('term-occurrence gold (tests/gold/term-occurrences.jsonl)', () => {
  const gold = readTermOccurrenceGold();

  it('is well formed: ≥ 20 terms, offsets slice to the surface, surfaces are forms of the term', () => {
    expect(
      new Set(gold.flatMap((g) => g.occurrences.map((o) => o.term))).size,
    ).toBeGreaterThanOrEqual(20);
    for (const excerpt of gold) {
      for (const o of excerpt.occurrences) {
        expect(excerpt.text.slice(o.start, o.end)).toBe(o.surface);
        expect(o.end).toBeGreaterThan(o.start);
      }
    }
  });

  it('meets the recall (≥ 0.98) and precision (≥ 0.99) targets with no әкім/әкімдік confusion', async () => {
    const report = await evaluate();
    expect(report.metrics['recall']).toBeGreaterThanOrEqual(0.98);
    expect(report.metrics['precision']).toBeGreaterThanOrEqual(0.99);
    expect(report.metrics['akimConfusionsGold']).toBe(0);
    if (report.metrics['akimConfusionsLaw'] !== undefined)
      expect(report.metrics['akimConfusionsLaw']).toBe(0);
  });

  it('counts a confusion when әкім is read inside әкімдік or әкімшілік', () => {
    expect(isAkimConfusion({ termId: 'әкім', surface: 'әкімдігінің' })).toBe(true);
    expect(isAkimConfusion({ termId: 'әкім', surface: 'Әкімшілік' })).toBe(true);
    expect(isAkimConfusion({ termId: 'әкім', surface: 'әкімдерге' })).toBe(false);
    expect(isAkimConfusion({ termId: 'әкімдік', surface: 'Әкiмдік' })).toBe(false);
    expect(kazakhTermForms('әкім').map((f) => f.text)).not.toContain('әкімдік');
  });
});
