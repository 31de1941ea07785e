import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureTwips } from '../../src/documents/pdf/compose.js';
import { breakLines, splitAtBreakOpportunities } from '../../src/documents/pdf/line-breaker.js';

const measure = (text: string) => measureTwips(text, 'regular', 28);
const word = fc
  .array(
    fc.constantFrom(...'әғқңөұүһіабвгдежзиклмнопрстуфхцчшщыэюяАБВҚӘ0123456789«»-.,'.split('')),
    { minLength: 1, maxLength: 14 },
  )
  .map((chars) => chars.join(''));
const paragraph = fc.array(word, { minLength: 1, maxLength: 80 }).map((words) => words.join(' '));
const widths = fc.record({
  width: fc.integer({ min: 2000, max: 9355 }),
  indent: fc.integer({ min: 0, max: 1000 }),
});

describe('breakLines', () => {
  it('should never make a line wider than the measure unless it is a single character', () => {
    fc.assert(
      fc.property(paragraph, widths, (text, { width, indent }) => {
        const lines = breakLines(text, { measure, firstLineWidth: width - indent, width });
        lines.forEach((line, index) => {
          const available = index === 0 ? width - indent : width;
          if (line.text.length > 1) expect(line.width).toBeLessThanOrEqual(available);
        });
      }),
    );
  });
  it('should lose no word and no character', () => {
    fc.assert(
      fc.property(paragraph, widths, (text, { width, indent }) => {
        const lines = breakLines(text, { measure, firstLineWidth: width - indent, width });
        // Lines split at spaces lose the space; at hyphens or inside a long word they lose nothing.
        expect(
          lines
            .map((line) => line.text)
            .join('')
            .replace(/ /g, ''),
        ).toBe(text.replace(/ /g, ''));
        expect(
          lines
            .map((line) => line.text)
            .join(' ')
            .split(/[ -]/)
            .filter(Boolean)
            .join(''),
        ).toBe(text.split(/[ -]/).filter(Boolean).join(''));
      }),
    );
  });
  it('should be greedy: the next line’s first piece would not have fitted', () => {
    fc.assert(
      fc.property(paragraph, widths, (text, { width, indent }) => {
        const lines = breakLines(text, { measure, firstLineWidth: width - indent, width });
        // Where each line starts in the source text (lines lose only the spaces they break at).
        const starts: number[] = [];
        let cursor = 0;
        for (const line of lines) {
          cursor = text.indexOf(line.text, cursor);
          starts.push(cursor);
          cursor += line.text.length;
        }
        for (let i = 0; i + 1 < lines.length; i++) {
          const available = i === 0 ? width - indent : width;
          const nextPiece = splitAtBreakOpportunities(lines[i + 1]!.text)[0]!.replace(/ +$/, '');
          const joined = text.slice(starts[i], starts[i + 1]! + nextPiece.length);
          expect(measure(joined)).toBeGreaterThan(available);
        }
        expect(lines.at(-1)!.last).toBe(true);
        expect(lines.slice(0, -1).every((line) => !line.last)).toBe(true);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
  it('should break inside `1-6/VII` only when the line overflows at the letter after the slash', () => {
    const early = measure('аааа 1-6/') + 1;
    expect(
      breakLines('аааа 1-6/VII бб', { measure, firstLineWidth: early, width: 9355 }).map(
        (l) => l.text,
      ),
    ).toEqual(['аааа 1-', '6/VII бб']);
    const late = measure('аааа 1-6/VI') + 1;
    expect(
      breakLines('аааа 1-6/VII бб', { measure, firstLineWidth: late, width: 9355 }).map(
        (l) => l.text,
      ),
    ).toEqual(['аааа', '1-6/VII бб']);
  });
  it('should not break at a NBSP', () => {
    const lines = breakLines('а\u00a0б '.repeat(200), {
      measure,
      firstLineWidth: 3000,
      width: 3000,
    });
    for (const line of lines) expect(line.text).not.toMatch(/^\u00a0|\u00a0$/);
  });
  it('should break after a hyphen between letters or digits but not before one', () => {
    expect(splitAtBreakOpportunities('өзін-өзі 39-3-бабының 2-қосымша -x a - b')).toEqual([
      'өзін-',
      'өзі ',
      '39-',
      '3-',
      'бабының ',
      '2-',
      'қосымша ',
      '-x ',
      'a ',
      '- ',
      'b',
    ]);
  });
  it('should measure with Tinos advances equal to Times New Roman (a=909/2048 em)', () => {
    expect(measure('a')).toBeCloseTo((909 / 2048) * 14 * 20, 6);
    expect(measure('\u00a0')).toBe(measure(' '));
  });
});
