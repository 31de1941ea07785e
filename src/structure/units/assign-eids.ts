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

/**
 * Fills `eId` on every unit, in place, in document order.
 *
 * A step (`art_5`, `note_2`, with its `_dupN`) never holds `__`, so an id splits
 * into its parent's id and its own step at the last `__`: two ids can only be
 * equal when they share the parent and the step. Uniqueness is therefore kept
 * among siblings, on the short steps, rather than on every full path.
 */
export function assignEIds(units: StructureUnit[]): void {
  const visit = (siblings: StructureUnit[], parentId: string) => {
    const unnumbered = new Map<UnitType, number>();
    const taken = new Set<string>();
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
      let unique = step;
      for (let n = 2; taken.has(unique); n++) unique = `${step}_dup${n}`;
      taken.add(unique);
      const eId = parentId === '' ? unique : `${parentId}__${unique}`;
      unit.eId = eId;
      if (unit.children.length > 0) visit(unit.children, eId);
    }
  };
  visit(units, '');
}

/** Keeps eIds to the characters Akoma Ntoso names use (letters, digits, '-'). */
function sanitize(num: string): string {
  if (isClean(num)) return num;
  const cleaned = num.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/_/g, '-');
  return cleaned === '' ? 'x' : cleaned;
}

const CLEAN_TABLE_SIZE = 0x500;
/** 1 where a Latin or Cyrillic code unit is a letter, a digit or '-': sanitize keeps it. */
const CLEAN = Uint8Array.from({ length: CLEAN_TABLE_SIZE }, (_, code) =>
  /^[\p{L}\p{N}-]$/u.test(String.fromCharCode(code)) ? 1 : 0,
);

/** Whether sanitize would return `num` unchanged: numbers are nearly always `5`, `39-3`, `II`. */
function isClean(num: string): boolean {
  if (num === '') return false;
  for (let i = 0; i < num.length; i++) {
    const code = num.charCodeAt(i);
    if (code >= CLEAN_TABLE_SIZE || CLEAN[code] === 0) return false;
  }
  return true;
}
