/**
 * Akoma Ntoso-style eIds: the path of `type_num` steps joined by `__`
 * (`chp_2__art_39-3__para_1__subpara_3`). Unnumbered units count within their
 * parent (`note_2`). A repeated id gets a `_dupN` suffix, so ids stay unique in
 * the document even when the source repeats a number.
 */
import type { StructureUnit, UnitType } from './types.js';

export const eIdPrefix: Record<UnitType, string> = {
  section: 'sec',
  chapter: 'chp',
  article: 'art',
  paragraph: 'para',
  subparagraph: 'subpara',
  indent: 'indent',
  note: 'note',
  footnote: 'fn',
  preamble: 'preamble',
};

/** Fills `eId` on every unit, in place, in document order. */
export function assignEIds(units: StructureUnit[]): void {
  const seen = new Set<string>();
  const visit = (siblings: StructureUnit[], parentId: string) => {
    const unnumbered = new Map<UnitType, number>();
    for (const unit of siblings) {
      let step: string;
      if (unit.type === 'preamble') {
        step = 'preamble';
      } else if (unit.num !== null && unit.num !== '') {
        step = `${eIdPrefix[unit.type]}_${sanitize(unit.num)}`;
      } else {
        const count = (unnumbered.get(unit.type) ?? 0) + 1;
        unnumbered.set(unit.type, count);
        step = `${eIdPrefix[unit.type]}_${count}`;
      }
      const wanted = parentId === '' ? step : `${parentId}__${step}`;
      let eId = wanted;
      for (let n = 2; seen.has(eId); n++) eId = `${wanted}_dup${n}`;
      seen.add(eId);
      unit.eId = eId;
      visit(unit.children, eId);
    }
  };
  visit(units, '');
}

/** Keeps eIds to the characters Akoma Ntoso names use (letters, digits, '-'). */
function sanitize(num: string): string {
  const cleaned = num.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/_/g, '-');
  return cleaned === '' ? 'x' : cleaned;
}
