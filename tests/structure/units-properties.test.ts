import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStructure, type StructureUnit } from '../../src/structure/units/index.js';

const pieces = [
  'Статья 1. Заголовок',
  'Статья 39-3.',
  '5-бап. Тақырып',
  '## Глава 2. Общие',
  '## Раздел I.',
  '2-тарау',
  'І бөлім',
  '### 2-1-бап',
  '**Статья 7**',
  '1. Пункт текст.',
  '3-1. Пункт',
  '1) подпункт;',
  '35\\) подпункт',
  'а) буква;',
  '> *Сноска. Изменено.*',
  '> *продолжение*',
  'Ескерту. Өзгертілді.',
  '«3. Цитата',
  'конец цитаты.»',
  '---',
  'key: value',
  '<a id="st1"></a>',
  'Обычный текст абзаца.',
  'Жай мәтін',
  '',
  '   ',
  '#',
  '*',
  '\r',
  '[^1]: сноска',
];

const lawLike = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .chain((lines) =>
    fc.constantFrom('\n', '\r\n', '\n\n').map((separator) => lines.join(separator)),
  );

function checkTree(units: readonly StructureUnit[], text: string, parent?: StructureUnit): void {
  let previousEnd = parent ? parent.start : 0;
  for (const unit of units) {
    expect(unit.start).toBeGreaterThanOrEqual(previousEnd);
    expect(unit.end).toBeGreaterThan(unit.start);
    expect(unit.end).toBeLessThanOrEqual(text.length);
    if (parent) {
      expect(unit.start).toBeGreaterThanOrEqual(parent.start);
      expect(unit.end).toBeLessThanOrEqual(parent.end);
    }
    if (unit.headingRange) {
      expect(text.slice(unit.headingRange.start, unit.headingRange.end)).toBe(unit.heading);
    }
    previousEnd = unit.end;
    checkTree(unit.children, text, unit);
  }
}

function eIds(units: readonly StructureUnit[]): string[] {
  return units.flatMap((unit) => [unit.eId, ...eIds(unit.children)]);
}

describe('parseStructure properties', () => {
  it('should nest units without overlap on law-like input', () => {
    fc.assert(
      fc.property(
        lawLike,
        fc.constantFrom('markdown', 'plain') as fc.Arbitrary<'markdown' | 'plain'>,
        (text, format) => {
          checkTree(parseStructure(text, { format }), text);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('should give unique eIds made of Akoma Ntoso name characters', () => {
    fc.assert(
      fc.property(lawLike, (text) => {
        const ids = eIds(parseStructure(text));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[\p{L}\p{N}_-]+$/u);
      }),
      { numRuns: 300 },
    );
  });

  it('should never throw on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkTree(parseStructure(text), text);
      }),
      { numRuns: 400 },
    );
  });
});
