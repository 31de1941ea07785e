import type { CitationPin } from './types.js';

/** Work IRIs of the two Constitutions, used when no registry is given. */
export const CONSTITUTION_1995 = '/akn/kz/act/1995-08-30/constitution';
export const CONSTITUTION_2026 = '/akn/kz/act/2026-03-15/constitution';
/** The 2026 Constitution is in force from this day; earlier documents cite the 1995 one. */
export const CONSTITUTION_2026_IN_FORCE = '2026-07-01';

const ORDER: [keyof CitationPin, string][] = [
  ['section', 'sec'],
  ['chapter', 'chp'],
  ['article', 'art'],
  ['paragraph', 'para'],
  ['subparagraph', 'subpara'],
];

/** Akoma Ntoso eId of a pin (`art_89__para_2__subpara_3`), numbers cleaned as bluebell does. */
export function pinEid(pin: CitationPin): string {
  const parts: string[] = [];
  for (const [key, alias] of ORDER) {
    // articles are numbered through the whole act, so an article's eId does not repeat its chapter
    if ((key === 'section' || key === 'chapter') && pin.article !== undefined) continue;
    const value = pin[key];
    if (value !== undefined) parts.push(`${alias}_${cleanNum(value)}`);
  }
  return parts.join('__');
}

function cleanNum(value: string): string {
  return value
    .replace(/[()\s]/g, '')
    .replace(/\./g, '-')
    .toLowerCase();
}

/** Provision IRI `…/constitution/~art_89__para_2`, or the work IRI when the pin is empty. */
export function provisionIri(workIri: string, pin: CitationPin | undefined): string {
  const eid = pin ? pinEid(pin) : '';
  return eid ? `${workIri}/~${eid}` : workIri;
}
