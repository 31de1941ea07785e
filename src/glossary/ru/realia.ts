/**
 * The override lexicon for Kazakhstan's realia (маслихат, аким, акимат,
 * мажилис…): az's OpenCorpora dictionary lacks them or reads them as personal
 * names (Аким), so their forms are generated here from small declension tables.
 */
import realiaData from '../../../data/lexicons/ru-realia.json' with { type: 'json' };
import { foldRussianWord } from './normalize-word.js';
import type { Declension, GrammaticalGender, RealiaEntry, RealiaLexiconData } from './types.js';

export interface RealiaLexicon {
  entries: readonly RealiaEntry[];
  /** Folded form (lowercase, ё → е) → the entries that produce it. */
  formIndex: ReadonlyMap<string, readonly RealiaEntry[]>;
}

/** Case endings nomn, gent, datv, accs, ablt, loct. accs is null where it copies nomn or gent by animacy. */
type CaseEndings = readonly [string, string, string, string | null, string, string];

interface NounTable {
  stemCut: number;
  singular: CaseEndings;
  plural: CaseEndings;
}

const SIBILANT_OR_VELAR = /[гкхжшчщ]$/;

function nounTable(declension: Declension, stem: string): NounTable | undefined {
  switch (declension) {
    case 'masc-hard': {
      const i = SIBILANT_OR_VELAR.test(stem) ? 'и' : 'ы';
      const ov = /[жшчщ]$/.test(stem) ? 'ей' : 'ов';
      return {
        stemCut: 0,
        singular: ['', 'а', 'у', null, 'ом', 'е'],
        plural: [i, ov, 'ам', null, 'ами', 'ах'],
      };
    }
    case 'masc-j':
      return {
        stemCut: 1,
        singular: ['й', 'я', 'ю', null, 'ем', 'е'],
        plural: ['и', 'ев', 'ям', null, 'ями', 'ях'],
      };
    case 'fem-a': {
      const y = SIBILANT_OR_VELAR.test(stem.slice(0, -1)) ? 'и' : 'ы';
      return {
        stemCut: 1,
        singular: ['а', y, 'е', 'у', 'ой', 'е'],
        plural: [y, '', 'ам', null, 'ами', 'ах'],
      };
    }
    default:
      return undefined;
  }
}

function caseForms(stem: string, endings: CaseEndings, animate: boolean): string[] {
  const [nomn, gent, datv, accs, ablt, loct] = endings;
  return [nomn, gent, datv, accs ?? (animate ? gent : nomn), ablt, loct].map((e) => stem + e);
}

const ADJECTIVE_ENDINGS = {
  masc: ['ый', 'ого', 'ому', 'ым', 'ом'],
  femn: ['ая', 'ой', 'ую'],
  neut: ['ое'],
  plur: ['ые', 'ых', 'ым', 'ыми'],
} as const;

/** Every form of a realia entry (lemma first). */
export function generateRealiaForms(entry: RealiaEntry): string[] {
  const lemma = entry.lemma;
  if (entry.declension === 'indeclinable') return [lemma];
  if (entry.declension === 'adj-hard') {
    const stem = lemma.slice(0, -2);
    return unique(Object.values(ADJECTIVE_ENDINGS).flatMap((set) => set.map((e) => stem + e)));
  }
  const table = nounTable(entry.declension, lemma);
  if (table === undefined) return [lemma];
  const stem = lemma.slice(0, lemma.length - table.stemCut);
  const animate = entry.animate === true;
  const forms = caseForms(stem, table.singular, animate);
  if (entry.singularOnly !== true) forms.push(...caseForms(stem, table.plural, animate));
  return unique(forms);
}

/** The nominative of a realia adjective agreeing with a head noun (for lemmatizePhrase). */
export function agreeRealiaAdjective(
  entry: RealiaEntry,
  agreement: { gender: GrammaticalGender; plural: boolean },
): string {
  if (entry.declension !== 'adj-hard') return entry.lemma;
  const stem = entry.lemma.slice(0, -2);
  if (agreement.plural) return `${stem}ые`;
  return stem + ADJECTIVE_ENDINGS[agreement.gender][0];
}

export function buildRealiaLexicon(entries: readonly RealiaEntry[]): RealiaLexicon {
  const formIndex = new Map<string, RealiaEntry[]>();
  for (const entry of entries) {
    for (const form of generateRealiaForms(entry)) {
      const key = foldRussianWord(form);
      const list = formIndex.get(key);
      if (list === undefined) formIndex.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    }
  }
  return { entries, formIndex };
}

let defaultRealia: RealiaLexicon | undefined;

/** data/lexicons/ru-realia.json, built on first use. */
export function getDefaultRealia(): RealiaLexicon {
  defaultRealia ??= buildRealiaLexicon((realiaData as RealiaLexiconData).entries);
  return defaultRealia;
}

/** The multi-word terms listed in data/lexicons/ru-realia.json. */
export function getRealiaPhrases(): RealiaLexiconData['phrases'] {
  return (realiaData as RealiaLexiconData).phrases;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
