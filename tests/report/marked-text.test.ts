import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MarkupSpan, renderMarkedText } from '../../src/report/marked-text.js';
import { stripTags, textsOfClass, unbalancedTags } from './markup-check.js';

function span(start: number, end: number, rank: number, name: string): MarkupSpan {
  return {
    start,
    end,
    rank,
    openFirst: `<span id="${name}" class="${name}">`,
    open: `<span class="${name}">`,
    close: '</span>',
  };
}

describe('renderMarkedText', () => {
  it('should escape the text between marks', () => {
    const html = renderMarkedText('a <b> & "c"', { spans: [span(2, 5, 1, 'x')] });
    expect(html).toBe('a <span id="x" class="x">&lt;b&gt;</span> &amp; &quot;c&quot;');
  });

  it('should keep the higher-ranked span whole when two spans cross', () => {
    const text = 'Қазақстан Республикасы Конституциясы';
    const html = renderMarkedText(text, {
      spans: [span(0, 15, 0, 'low'), span(10, 25, 5, 'high')],
    });
    expect(unbalancedTags(html)).toEqual([]);
    expect(textsOfClass(html, 'high')).toEqual([text.slice(10, 25)]);
    // The lower span is split into two pieces; only the first carries the id.
    expect(textsOfClass(html, 'low').join('')).toBe(text.slice(0, 15));
    expect(html.match(/id="low"/gu)).toHaveLength(1);
    expect(stripTags(html)).toBe(text);
  });

  it('should insert point marks at their offsets', () => {
    const html = renderMarkedText('abcdef', { spans: [], points: [{ at: 3, html: '<i></i>' }] });
    expect(html).toBe('abc<i></i>def');
  });

  it('should clamp spans that run past the text and drop empty ones', () => {
    const html = renderMarkedText('abc', { spans: [span(1, 99, 0, 'x'), span(2, 2, 0, 'y')] });
    expect(html).toBe('a<span id="x" class="x">bc</span>');
  });

  it('should always give balanced markup whose text is the input (property)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'ә', 'қ', '<', '&', '"', ' ', '\n'),
          maxLength: 40,
        }),
        fc.array(fc.tuple(fc.nat(45), fc.nat(45), fc.integer({ min: 0, max: 3 })), {
          maxLength: 8,
        }),
        (text, ranges) => {
          const spans = ranges.map(([a, b, rank], i) =>
            span(Math.min(a, b), Math.max(a, b), rank, `s${i}`),
          );
          const html = renderMarkedText(text, { spans });
          expect(unbalancedTags(html)).toEqual([]);
          expect(stripTags(html)).toBe(text);
          // Each non-empty span's pieces together cover exactly its slice.
          spans.forEach((s, i) => {
            const start = Math.min(s.start, text.length);
            const end = Math.min(s.end, text.length);
            if (start < end)
              expect(textsOfClass(html, `s${i}`).join('')).toBe(text.slice(start, end));
          });
        },
      ),
    );
  });
});
