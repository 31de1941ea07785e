import { parseStructure, type StructureUnit } from '../../structure/units/index.js';
import type { ParallelSegment } from './types.js';

export interface ParallelSegmentsOptions {
  lang: 'kk' | 'ru';
  /** `article`: one segment per article; `paragraph` (default): one per point, or the article when it has none. */
  granularity?: 'article' | 'paragraph' | undefined;
  units?: StructureUnit[] | undefined;
}

/**
 * Cuts a law into segments keyed by eId (`art_5__para_2`), so the Kazakh and
 * Russian versions pair up by key. Editorial notes (Ескерту / Сноска) and
 * footnotes are left out: they list amending laws, not the norm itself.
 */
export function lawSegments(text: string, options: ParallelSegmentsOptions): ParallelSegment[] {
  const units = options.units ?? parseStructure(text, { lang: options.lang, format: 'markdown' });
  const granularity = options.granularity ?? 'paragraph';
  const out: ParallelSegment[] = [];
  const visit = (unit: StructureUnit): void => {
    if (unit.type === 'article') {
      const points = unit.children.filter((child) => child.type === 'paragraph');
      if (granularity === 'paragraph' && points.length > 0) {
        for (const point of points) out.push({ id: point.eId, text: normText(text, point) });
      } else {
        out.push({ id: unit.eId, text: normText(text, unit) });
      }
      return;
    }
    for (const child of unit.children) visit(child);
  };
  for (const unit of units) visit(unit);
  return out;
}

/** The unit's text with its notes and footnotes blanked (offsets inside stay meaningful). */
function normText(text: string, unit: StructureUnit): string {
  const cuts: Array<{ start: number; end: number }> = [];
  const collect = (node: StructureUnit): void => {
    for (const child of node.children) {
      if (child.type === 'note' || child.type === 'footnote') cuts.push(child);
      else collect(child);
    }
  };
  collect(unit);
  if (cuts.length === 0) return text.slice(unit.start, unit.end);
  let out = '';
  let at = unit.start;
  for (const cut of cuts.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, cut.start) + ' '.repeat(cut.end - cut.start);
    at = cut.end;
  }
  return out + text.slice(at, unit.end);
}

/** Pairs segments with the same id; segments found in one language only are dropped. */
export function pairSegments(
  kk: readonly ParallelSegment[],
  ru: readonly ParallelSegment[],
): Array<{ id: string; kk: string; ru: string }> {
  const ruById = new Map(ru.map((segment) => [segment.id, segment.text]));
  const out: Array<{ id: string; kk: string; ru: string }> = [];
  for (const segment of kk) {
    const ruText = ruById.get(segment.id);
    if (ruText !== undefined) out.push({ id: segment.id, kk: segment.text, ru: ruText });
  }
  return out;
}
