/**
 * Which article and paragraph enclose an offset: the context that turns
 * `осы баптың` / `настоящей статьи` into a concrete provision.
 */
import type { StructureUnit } from '../structure/units/index.js';

export interface EnclosingUnit {
  article?: string;
  paragraph?: string;
}

interface Span {
  start: number;
  end: number;
  article: string | undefined;
  paragraph: string | undefined;
}

/** Builds a lookup over the innermost article/paragraph spans, sorted by start. */
export function createUnitLookup(
  units: readonly StructureUnit[],
): (offset: number) => EnclosingUnit | undefined {
  const spans: Span[] = [];
  const walk = (list: readonly StructureUnit[], article: string | undefined) => {
    for (const unit of list) {
      if (unit.type === 'article') {
        spans.push({
          start: unit.start,
          end: unit.end,
          article: unit.num ?? undefined,
          paragraph: undefined,
        });
        walk(unit.children, unit.num ?? undefined);
      } else if (unit.type === 'paragraph' && article !== undefined) {
        spans.push({ start: unit.start, end: unit.end, article, paragraph: unit.num ?? undefined });
        walk(unit.children, article);
      } else {
        walk(unit.children, article);
      }
    }
  };
  walk(units, undefined);
  // Units nest, so the innermost span holding an offset is the last one that starts before it.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);

  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as Span).start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = found; i >= 0; i--) {
      const span = spans[i] as Span;
      if (offset < span.end) {
        const result: EnclosingUnit = {};
        if (span.article !== undefined) result.article = span.article;
        if (span.paragraph !== undefined) result.paragraph = span.paragraph;
        return result;
      }
    }
    return undefined;
  };
}
