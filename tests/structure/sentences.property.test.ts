import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/structure/sentences/index.js';

/** Pieces of legal text that exercise every join rule. */
const piece = fc.constantFrom(
  'ст.',
  'п.',
  '2001',
  'ж.',
  'г.',
  'т.б.',
  'т.д.',
  'Н.Ә.',
  'Назарбаев',
  'өзін-өзі',
  '1)',
  '3-1)',
  '2.',
  'Статья 5.',
  '39-3-бап.',
  '«',
  '»',
  '(',
  ')',
  '"',
  '–',
  '.',
  '!',
  '?',
  '…',
  ';',
  ':',
  '№',
  'N',
  'Аким',
  'әкім',
  'маслихат',
  'XIX',
  '\n',
  '\r\n',
  ' ',
  '  ',
  '\t',
  '\u00a0',
);
const legalText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  legalText,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);
const lang = fc.constantFrom('kk' as const, 'ru' as const, 'en' as const, 'other' as const);

describe('splitSentences properties', () => {
  it('should return ordered, disjoint, trimmed, non-empty spans that lose nothing', () => {
    fc.assert(
      fc.property(anyText, lang, (text, language) => {
        const spans = splitSentences(text, { lang: language });
        let previousEnd = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          const sentence = text.slice(span.start, span.end);
          expect(sentence.trim()).toBe(sentence);
          expect(sentence).not.toMatch(/[\n\r]/);
          // Only whitespace is left outside sentences.
          expect(text.slice(previousEnd, span.start).trim()).toBe('');
          previousEnd = span.end;
        }
        expect(text.slice(previousEnd).trim()).toBe('');
      }),
      { numRuns: 1500 },
    );
  });

  it('should give each line the same sentences as splitting it alone', () => {
    fc.assert(
      fc.property(
        fc.array(
          legalText.map((line) => line.replace(/[\r\n]/g, ' ')),
          { maxLength: 5 },
        ),
        (lines) => {
          const text = lines.join('\n');
          const whole = splitSentences(text).map((span) => text.slice(span.start, span.end));
          const perLine = lines.flatMap((line) =>
            splitSentences(line).map((span) => line.slice(span.start, span.end)),
          );
          expect(whole).toEqual(perLine);
        },
      ),
    );
  });

  it('should stay linear on adversarial input', () => {
    const patterns = ['((((', '««««', '. . . ', 'т.б. ', 'А. ', '1) ', '"a. ', 'x'.repeat(50)];
    for (const pattern of patterns) {
      const text = pattern.repeat(Math.ceil(400_000 / pattern.length));
      const started = performance.now();
      splitSentences(text);
      expect(performance.now() - started, pattern).toBeLessThan(3_000);
    }
  });
});
