import { toKazakhLatinUpper } from './casing.js';
import { type LatinTable, loadLatinTable } from './table.js';

export interface TransliterateOptions {
  /** Letter table; defaults to the 2021 table in `data/`. */
  table?: LatinTable | null | undefined;
}

export interface LatinForm {
  /** The Latin text. */
  text: string;
  /** Cyrillic letters the table gives no letter of their own (fallback spelling used). */
  unresolved: string[];
}

/**
 * Derives the Kazakh Latin (2021) form of a Cyrillic term. Characters outside
 * the table (digits, punctuation, Latin) pass through. A capital letter gives
 * a capital (Turkish İ/I pairs); a digraph is fully capitalised only inside an
 * all-capitals word.
 *
 * @example toKazakhLatin('әкімдік').text // 'äkımdık'
 */
export function toKazakhLatin(text: string, options: TransliterateOptions = {}): LatinForm {
  const map = letterMap(options.table ?? loadLatinTable());
  const source = text.normalize('NFC');
  const unresolved = new Set<string>();
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    const lower = char.toLocaleLowerCase('kk');
    const entry = map.get(lower);
    if (entry === undefined) {
      out += char;
      continue;
    }
    if (entry.unresolved) unresolved.add(lower);
    if (lower === char) {
      out += entry.latin;
    } else if (entry.latin.length > 1 && !isAllCapsWord(source, i)) {
      out += toKazakhLatinUpper(entry.latin[0]!) + entry.latin.slice(1);
    } else {
      out += toKazakhLatinUpper(entry.latin);
    }
  }
  return { text: out, unresolved: [...unresolved] };
}

const maps = new WeakMap<LatinTable, Map<string, { latin: string; unresolved: boolean }>>();

function letterMap(table: LatinTable): Map<string, { latin: string; unresolved: boolean }> {
  let map = maps.get(table);
  if (map === undefined) {
    map = new Map(
      table.letters.map((l) => [l.cyrillic, { latin: l.latin, unresolved: l.unresolved === true }]),
    );
    maps.set(table, map);
  }
  return map;
}

/** True when the letter at `index` sits in a word of two or more letters, all capitals. */
function isAllCapsWord(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  let end = index + 1;
  while (end < text.length && /\p{L}/u.test(text[end]!)) end++;
  const word = text.slice(start, end);
  return word.length > 1 && word === word.toLocaleUpperCase('kk');
}
