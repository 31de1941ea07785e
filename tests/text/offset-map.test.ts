import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Edit, OffsetMap, StepMap } from '../../src/text/offset-map.js';

/** Random sorted, disjoint edits over a string. */
const inputWithEdits = fc.string({ maxLength: 60 }).chain((input) =>
  fc
    .array(
      fc.record({
        a: fc.nat(input.length),
        b: fc.nat(input.length),
        text: fc.string({ maxLength: 4 }),
      }),
      { maxLength: 8 },
    )
    .map((raw) => {
      const edits: Edit[] = [];
      let cursor = 0;
      for (const { a, b, text } of raw
        .map((r) => ({ a: Math.min(r.a, r.b), b: Math.max(r.a, r.b), text: r.text }))
        .sort((x, y) => x.a - y.a)) {
        if (a < cursor) continue;
        if (a === b && text === '') continue;
        edits.push({ start: a, end: b, text });
        cursor = b;
      }
      return { input, edits };
    }),
);

describe('StepMap', () => {
  it('should map copied text one to one and replaced text to the whole replaced span', () => {
    const { text, map } = StepMap.apply('ab\u00a0cd--e', [
      { start: 2, end: 3, text: ' ' },
      { start: 5, end: 7, text: '–' },
    ]);
    expect(text).toBe('ab cd–e');
    expect(map.toSource(0, 2)).toEqual({ start: 0, end: 2 });
    expect(map.toSource(5, 6)).toEqual({ start: 5, end: 7 });
    expect(map.toSource(3, 7)).toEqual({ start: 3, end: 8 });
  });

  it('should keep deletions outside ranges that end or start at them', () => {
    const source = 'пра-\nвительство';
    const { text, map } = StepMap.apply(source, [{ start: 3, end: 5, text: '' }]);
    expect(text).toBe('правительство');
    expect(source.slice(...Object.values(map.toSource(0, 13)))).toBe(source);
    expect(map.toSource(0, 3)).toEqual({ start: 0, end: 3 });
    expect(map.toSource(3, 13)).toEqual({ start: 5, end: 15 });
  });

  it('should reject overlapping edits', () => {
    expect(() =>
      StepMap.apply('abc', [
        { start: 0, end: 2, text: 'x' },
        { start: 1, end: 3, text: 'y' },
      ]),
    ).toThrow(RangeError);
  });

  it('should map every range to a source range whose edited text is the range (property)', () => {
    fc.assert(
      fc.property(inputWithEdits, fc.nat(), fc.nat(), ({ input, edits }, x, y) => {
        const { text, map } = StepMap.apply(input, edits);
        const a = x % (text.length + 1);
        const b = y % (text.length + 1);
        const [start, end] = a <= b ? [a, b] : [b, a];
        const mapped = map.toSource(start, end);
        expect(mapped.start).toBeLessThanOrEqual(mapped.end);
        // Applying the edits that fall inside the mapped source range must
        // reproduce a text that contains the normalized slice.
        const inside = edits
          .filter((e) => e.start >= mapped.start && e.end <= mapped.end)
          .map((e) => ({ ...e, start: e.start - mapped.start, end: e.end - mapped.start }));
        const rebuilt = StepMap.apply(input.slice(mapped.start, mapped.end), inside).text;
        expect(rebuilt).toContain(text.slice(start, end));
      }),
      { numRuns: 500 },
    );
  });
});

describe('OffsetMap', () => {
  it('should chain steps back to the original source', () => {
    const source = 'a\u00a0\u00a0b';
    const one = StepMap.apply(source, [{ start: 1, end: 3, text: '  ' }]);
    const two = StepMap.apply(one.text, [{ start: 1, end: 3, text: ' ' }]);
    const map = new OffsetMap().append(one.map).append(two.map);
    expect(two.text).toBe('a b');
    expect(map.toSource(2, 3)).toEqual({ start: 3, end: 4 });
    expect(map.toSource(1, 2)).toEqual({ start: 1, end: 3 });
  });
});
