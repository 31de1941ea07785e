import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize/index.js';

// Pieces that exercise every step: Kazakh and Russian words, look-alikes,
// hyphens and breaks, spaces, quotes, dashes, dots, digits and footnote shapes.
const pieces = [
  'Қазақстан',
  'өзін',
  'өзі',
  'үйлестiру',
  'мəселе',
  'правительство',
  'пра',
  'вительство',
  'Конститу',
  'ции',
  'материально',
  'технического',
  'html',
  'N',
  '№',
  '148',
  '1',
  '2',
  '12',
  'ст.',
  'т.б.',
  '.',
  '..',
  ',',
  '-',
  '–',
  '—',
  '"',
  '“',
  '”',
  '«',
  '»',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\f',
  '\u00ad',
  '\u2010',
  '\u2011',
  '\u2014',
  ' -- ',
  ' - ',
  '„',
  '\u200b',
  '\ufeff',
  'и\u0306',
  'См.:',
  'Там же',
  'Статья 5.',
  '5-бап.',
  '1)',
  '# ',
  '> ',
  'етіледі',
  'Осыған',
  'ә',
  'ғ',
  'қ',
  'ң',
  'ө',
  'ұ',
  'ү',
  'һ',
  'і',
  'Ә',
  'І',
  'i',
  'y',
  'a',
  'o',
];
const documentLike = fc
  .array(fc.constantFrom(...pieces), { maxLength: 80 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  documentLike,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 100 }),
);

const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const count = (text: string) => text.match(KAZAKH)?.length ?? 0;

describe('normalize properties', () => {
  it('should never throw, on any string including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        normalize(source);
      }),
      { numRuns: 400 },
    );
  });

  it('should map ranges in bounds and in order, and unchanged ranges to identical source text', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (source, x, y) => {
        const { text, map, repairs } = normalize(source);
        const a = text.length === 0 ? 0 : x % (text.length + 1);
        const b = text.length === 0 ? 0 : y % (text.length + 1);
        const [start, end] = a <= b ? [a, b] : [b, a];
        const range = map.toSource(start, end);
        expect(range.start).toBeGreaterThanOrEqual(0);
        expect(range.end).toBeLessThanOrEqual(source.length);
        expect(range.start).toBeLessThanOrEqual(range.end);
        // Monotone: a range that starts later never maps to an earlier start.
        if (end - start >= 2) {
          const inner = map.toSource(start + 1, end);
          expect(inner.start).toBeGreaterThanOrEqual(range.start);
          expect(inner.end).toBeLessThanOrEqual(range.end);
        }
        // Monotone: a later character never maps before an earlier one.
        if (end - start >= 2) {
          const first = map.toSource(start, start + 1);
          const last = map.toSource(end - 1, end);
          expect(first.start).toBeLessThanOrEqual(last.start);
          expect(first.end).toBeLessThanOrEqual(last.end);
        }
        // A range no repair touched reads the same in the source.
        const touched = repairs.some(
          (repair) => repair.source.start < range.end && range.start < repair.source.end,
        );
        if (!touched) expect(source.slice(range.start, range.end)).toBe(text.slice(start, end));
      }),
      { numRuns: 400 },
    );
  });

  it('should record repairs whose source range slices to their actual text', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        for (const repair of normalize(source).repairs) {
          expect(source.slice(repair.source.start, repair.source.end)).toBe(repair.actual);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should never delete a Kazakh letter except into footnotes or removed page furniture', () => {
    fc.assert(
      fc.property(documentLike, (source) => {
        const result = normalize(source);
        const moved =
          result.footnotes.reduce((sum, footnote) => sum + count(footnote.body), 0) +
          result.repairs
            .filter((repair) => repair.ruleId === 'running-head')
            .reduce((sum, repair) => sum + count(repair.actual), 0);
        expect(count(result.text) + moved).toBeGreaterThanOrEqual(count(source));
        for (const repair of result.repairs.filter((r) => r.ruleId === 'latin-lookalike')) {
          expect(count(repair.expected)).toBeGreaterThanOrEqual(count(repair.actual));
        }
      }),
      { numRuns: 400 },
    );
  });

  // The dash, quote, numero and look-alike steps run as one group on the same
  // input (STEP_GROUPS in src/text/normalize/index.ts); that is only right if
  // none of them reads what another one changes.
  it('should give the same text when the grouped character steps run one after another', () => {
    const grouped = ['dashes', 'quotes', 'numero', 'latin-lookalike'] as const;
    // Only the characters these steps read, so that they meet often.
    const characterPieces = fc
      .array(
        fc.constantFrom(
          ...['\u2010', '\u2011', '\u2012', '\u2014', '-', '--', '–', '"', '“', '”', '„'],
          ...[' ', 'N', '5', 'ә', 'сөз', 'мəселе', 'i', 'y', 'html', '.', ')', '«', '»'],
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(characterPieces, (source) => {
        let sequential = source;
        for (const step of grouped) sequential = normalize(sequential, { steps: [step] }).text;
        expect(normalize(source, { steps: grouped }).text).toBe(sequential);
      }),
      { numRuns: 1000 },
    );
  });
});
