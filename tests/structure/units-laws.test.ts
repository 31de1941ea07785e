import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStructure, type StructureUnit } from '../../src/structure/units/index.js';
import { structureScore } from '../eval/structure.js';
import { hasShared, lawsDir } from '../helpers/shared.js';

const laws = ['constitution-1995', 'constitution-2026', 'law-148-II'] as const;

function flatten(units: readonly StructureUnit[]): StructureUnit[] {
  return units.flatMap((unit) => [unit, ...flatten(unit.children)]);
}

/** Article numbers read straight off the heading lines, independently of the parser. */
function headingNumbers(text: string): string[] {
  const heading =
    /^(?:#{1,6} |\*\*)(?:Статья (\d+(?:-\d+)*)|(\d+(?:-\d+)*)[- ]бап)(?![\p{L}\d-])/gmu;
  return [...text.matchAll(heading)].map((match) => match[1] ?? match[2] ?? '');
}

/** The same law as plain text: Markdown markers, anchors and front-matter rules removed. */
function withoutMarkdown(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*<a /u.test(line) && line !== '---')
    .map((line) =>
      line
        .trim()
        .replace(/^(?:>\s*)+/u, '')
        .replace(/^#+\s*/u, '')
        .replace(/^\*+|\*+$/gu, '')
        .replace(/\\\)/gu, ')'),
    )
    .filter((line) => line !== '')
    .join('\n');
}

function outline(units: readonly StructureUnit[]): string[] {
  return flatten(units)
    .filter((unit) => unit.type !== 'indent' && unit.type !== 'preamble')
    .map((unit) =>
      unit.type === 'note' ? 'note' : `${unit.type}:${unit.num}:${unit.heading ?? ''}`,
    );
}

function articles(text: string, lang: 'kk' | 'ru') {
  return flatten(parseStructure(text, { lang })).filter((unit) => unit.type === 'article');
}

describe.skipIf(!hasShared)('structure of the Markdown law texts', () => {
  for (const law of laws) {
    const texts = {
      kk: hasShared ? readFileSync(`${lawsDir}${law}.kk.md`, 'utf8') : '',
      ru: hasShared ? readFileSync(`${lawsDir}${law}.ru.md`, 'utf8') : '',
    };

    for (const lang of ['kk', 'ru'] as const) {
      it(`should recover every article heading of ${law}.${lang} with its number`, () => {
        const expected = headingNumbers(texts[lang]);
        expect(expected.length).toBeGreaterThan(50);
        expect(articles(texts[lang], lang).map((unit) => unit.num)).toEqual(expected);
      });

      it(`should keep the notes of ${law}.${lang} apart and the units nested`, () => {
        const all = flatten(parseStructure(texts[lang], { lang }));
        for (const note of all.filter((unit) => unit.type === 'note')) {
          expect(texts[lang].slice(note.start, note.end)).toMatch(
            /^[>\s*]*(?:Сноска|Ескерту|Примечание|Ескертпе)/u,
          );
          expect(note.children).toEqual([]);
        }
        expect(new Set(all.map((unit) => unit.eId)).size).toBe(all.length);
      });
    }

    it(`should read the same outline from ${law}.ru as Markdown and as plain text`, () => {
      // Without the `#` marker the title opens the preamble, so notes on the title sit
      // there instead of at the top; the outline lists notes without their parent.
      const fromMarkdown = outline(parseStructure(texts.ru, { format: 'markdown' }));
      const fromPlain = outline(parseStructure(withoutMarkdown(texts.ru), { format: 'plain' }));
      expect(fromPlain.length).toBeGreaterThan(100);
      expect(fromPlain).toEqual(fromMarkdown);
    });

    it(`should find the same article numbers in ${law} kk and ru`, () => {
      const kk = articles(texts.kk, 'kk').map((unit) => unit.num);
      const ru = articles(texts.ru, 'ru').map((unit) => unit.num);
      expect(kk.length).toBeGreaterThan(50);
      expect(kk).toEqual(ru);
    });
  }

  it('should give the article heading of Law 148-II article 39-3 in both languages', () => {
    const ru = articles(readFileSync(`${lawsDir}law-148-II.ru.md`, 'utf8'), 'ru');
    const kk = articles(readFileSync(`${lawsDir}law-148-II.kk.md`, 'utf8'), 'kk');
    expect(ru.find((unit) => unit.num === '39-3')?.heading).toBe(
      'Сходы местного сообщества и собрания местного сообщества',
    );
    expect(kk.find((unit) => unit.num === '39-3')?.eId).toBe('chp_3-1__art_39-3');
  });

  for (const lang of ['kk', 'ru'] as const) {
    it(`should match the ${lang} gold structure of Law 148-II (F1 >= 0.99)`, () => {
      const score = structureScore(lang);
      expect(score.f1).toBeGreaterThanOrEqual(0.99);
      expect(score.precision).toBe(1);
    });
  }
});
