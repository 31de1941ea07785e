import { describe, expect, it } from 'vitest';
import type { Box, PlacedLine } from '../../src/documents/pdf/compose.js';
import { paginate } from '../../src/documents/pdf/paginate.js';

const line = (text: string): PlacedLine[] => [{ text, face: 'regular', x: 0 }];
function box(name: string, rows: number, options: Partial<Box> = {}): Box {
  return {
    rows: Array.from({ length: rows }, (_, i) => line(`${name}${i}`)),
    keepNext: false,
    pageBreakBefore: false,
    splittable: true,
    ...options,
  };
}
const texts = (pages: ReturnType<typeof paginate>) =>
  pages.map((page) => page.map((row) => row[0]!.text));

describe('paginate', () => {
  it('should fill pages and split long paragraphs, moving a line back to avoid a widow', () => {
    expect(texts(paginate([box('a', 6)], 3))).toEqual([
      ['a0', 'a1', 'a2'],
      ['a3', 'a4', 'a5'],
    ]);
    expect(texts(paginate([box('a', 7)], 3))).toEqual([
      ['a0', 'a1', 'a2'],
      ['a3', 'a4'],
      ['a5', 'a6'],
    ]);
  });
  it('should leave no single orphan line at the foot of a page', () => {
    expect(texts(paginate([box('a', 4), box('b', 3)], 5))).toEqual([
      ['a0', 'a1', 'a2', 'a3'],
      ['b0', 'b1', 'b2'],
    ]);
  });
  it('should leave no single widow line at the head of a page', () => {
    expect(texts(paginate([box('a', 2), box('b', 4)], 5))).toEqual([
      ['a0', 'a1', 'b0', 'b1'],
      ['b2', 'b3'],
    ]);
  });
  it('should keep a keep-with-next chain with the start of the next block', () => {
    const pages = paginate(
      [box('a', 3), box('p', 1, { keepNext: true }), box('s', 2, { splittable: false })],
      5,
    );
    expect(texts(pages)).toEqual([
      ['a0', 'a1', 'a2'],
      ['p0', 's0', 's1'],
    ]);
  });
  it('should never split an unsplittable row group', () => {
    expect(texts(paginate([box('a', 4), box('s', 3, { splittable: false })], 5))).toEqual([
      ['a0', 'a1', 'a2', 'a3'],
      ['s0', 's1', 's2'],
    ]);
  });
  it('should start a block with page-break-before on a new page', () => {
    expect(texts(paginate([box('a', 1), box('b', 1, { pageBreakBefore: true })], 5))).toEqual([
      ['a0'],
      ['b0'],
    ]);
  });
  it('should not loop when a chain is taller than a page', () => {
    const pages = paginate([box('k', 4, { keepNext: true }), box('s', 3)], 3);
    expect(pages.flat().length).toBe(7);
  });
});
