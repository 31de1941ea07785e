import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../src/glossary/candidates/index.js';
import { readConceptPairs } from '../eval/glossary.js';
import { hasShared, lawsDir } from '../helpers/shared.js';

const pairs = readConceptPairs();

describe('tests/gold/concept-pairs.jsonl', () => {
  it('holds at least 150 distinct, well-formed pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    const keys = new Set(pairs.map((pair) => `${pair.kk}|${pair.ru}`));
    expect(keys.size).toBe(pairs.length);
    for (const pair of pairs) {
      expect(pair.kk.trim()).toBe(pair.kk);
      expect(pair.ru.trim()).toBe(pair.ru);
      expect(['definition', 'term', 'word']).toContain(pair.level);
      expect(pair.source.article).toMatch(/^\d+(?:-\d+)?$/u);
      // No Latin look-alikes (i for і) in either language.
      expect(pair.kk).not.toMatch(/[a-z]/iu);
      expect(pair.ru).not.toMatch(/[a-z]/iu);
    }
  });
});

describe.skipIf(!hasShared)('gold pairs against their sources', () => {
  const cache = new Map<string, string>();
  const textOf = (document: string, lang: string): string => {
    const key = `${document}.${lang}`;
    let text = cache.get(key);
    if (text === undefined) {
      // The kk texts sometimes print Latin i for і; compare on a folded copy.
      text = readFileSync(`${lawsDir}${key}.md`, 'utf8').toLowerCase().replace(/i/gu, 'і');
      cache.set(key, text);
    }
    return text;
  };

  it('finds every word of every pair (up to its ending) in the cited document', () => {
    const missing: string[] = [];
    for (const pair of pairs) {
      for (const lang of ['kk', 'ru'] as const) {
        const text = textOf(pair.source.document, lang);
        for (const word of tokenizeWords(pair[lang].toLowerCase())) {
          const stem = word.text.slice(0, Math.max(3, word.text.length - 2));
          if (!text.includes(stem)) missing.push(`${pair.source.document} ${lang}: ${word.text}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
