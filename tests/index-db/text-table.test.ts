import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTable, type Row } from '../../src/index-db/index.js';

const KAZAKH = [...'әғқңөұүһіӘҒҚҢӨҰҮҺІабвгдежзийклмнопрстуфхцчшщъыьэюя'];

/** The code-point column where each cell starts, from the header widths the table must use. */
function columnStarts(rows: Row[], columns: string[]): number[] {
  const widths = columns.map((column) =>
    Math.max([...column].length, ...rows.map((row) => [...String(row[column] ?? '')].length)),
  );
  return widths.map((_, index) =>
    widths.slice(0, index).reduce((sum, width) => sum + width + 2, 0),
  );
}

describe('formatTable', () => {
  it('should align Kazakh cells by code points, not bytes', () => {
    const rows: Row[] = [
      { term: 'мәслихат', n: 3 },
      { term: 'жергілікті қоғамдастық', n: 12 },
    ];
    const lines = formatTable(rows).trimEnd().split('\n');
    expect(lines[0]).toBe(`term${' '.repeat(22 - 4)}   n`);
    expect(lines[2]).toBe(`мәслихат${' '.repeat(22 - 8)}   3`);
    expect(lines[3]).toBe('жергілікті қоғамдастық  12');
  });

  it('should put every cell at its column for any Kazakh text', () => {
    const word = fc
      .array(fc.constantFrom(...KAZAKH), { minLength: 1, maxLength: 12 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: word, b: word, c: word }), { minLength: 1, maxLength: 6 }),
        (rows: Row[]) => {
          const columns = ['a', 'b', 'c'];
          const starts = columnStarts(rows, columns);
          const lines = formatTable(rows).split('\n').slice(2, -1);
          rows.forEach((row, r) => {
            const points = [...(lines[r] ?? '')];
            columns.forEach((column, c) => {
              const cell = String(row[column]);
              const start = starts[c] ?? 0;
              expect(points.slice(start, start + [...cell].length).join('')).toBe(cell);
            });
          });
        },
      ),
    );
  });

  it('should print null as empty, cut long cells and flatten line breaks', () => {
    const text = formatTable(
      [
        { a: null, b: 'ө'.repeat(100) },
        { a: null, b: 'бір\nекі' },
      ],
      { maxWidth: 10 },
    );
    const [, , cut, flat] = text.split('\n');
    // column `a` is one code point wide: one space of padding, then the two-space gap
    expect(cut).toBe(`   ${'ө'.repeat(9)}…`);
    expect(flat).toBe('   бір екі');
  });

  it('should print nothing for no rows', () => {
    expect(formatTable([])).toBe('');
  });
});
