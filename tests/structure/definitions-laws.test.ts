import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../src/structure/definitions/index.js';
import { inlineScore, type NumberedGold, numberedScore, readGold } from '../eval/structure.js';
import { hasShared, lawsDir } from '../helpers/shared.js';

describe.skipIf(!hasShared)('definitions in the corpus', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`should find every numbered definition of Law 148-II article 1 (${lang}) and nothing else`, () => {
      const score = numberedScore(lang);
      expect(score.missed).toEqual([]);
      expect(score.recall).toBe(1);
      expect(score.precision).toBeGreaterThanOrEqual(0.98);
    });

    it(`should start each ${lang} definition where the gold says`, () => {
      const gold = readGold<NumberedGold>('definitions-law-148-II.json').languages[lang]
        .definitions;
      const text = readFileSync(`${lawsDir}law-148-II.${lang}.md`, 'utf8');
      const found = findDefinitions(text, { lang }).filter((d) => d.kind === 'numbered');
      for (const entry of gold) {
        const definition = found.find((d) => d.term.text === entry.term);
        expect(text.slice(definition!.definition.start).startsWith(entry.definitionBegins)).toBe(
          true,
        );
      }
    });
  }

  it('should recall at least 80% of the hand-marked inline definitions in the seeds', () => {
    const score = inlineScore();
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
  });
});
