/**
 * Kazakh alphabetical order for exports:
 * а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я.
 * ICU's `kk` collation (Node 20, ICU 74+) gives this order; it is used only
 * when a check of the whole alphabet passes, else a letter-table comparison.
 */
export const KAZAKH_ALPHABET: readonly string[] = [...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя'];

const RANK = new Map(KAZAKH_ALPHABET.map((letter, i) => [letter, i]));

/** True when `Intl.Collator('kk')` sorts the letters in the order above. */
export function collatorFollowsKazakhAlphabet(collator: Intl.Collator): boolean {
  const shuffled = [...KAZAKH_ALPHABET].reverse();
  const sorted = shuffled.sort(collator.compare);
  return sorted.every((letter, i) => letter === KAZAKH_ALPHABET[i]);
}

/** Letter-by-letter comparison by the table; other characters (space, digits, Latin) first, by code point, as in ICU's root order. */
export function compareByKazakhTable(a: string, b: string): number {
  const x = [...a.normalize('NFC').toLowerCase()];
  const y = [...b.normalize('NFC').toLowerCase()];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const cx = x[i]!;
    const cy = y[i]!;
    if (cx === cy) continue;
    const rx = RANK.get(cx) ?? cx.codePointAt(0)! - 0x110000;
    const ry = RANK.get(cy) ?? cy.codePointAt(0)! - 0x110000;
    return rx - ry;
  }
  if (x.length !== y.length) return x.length - y.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

let chosen: ((a: string, b: string) => number) | undefined;

/** The comparator exports use: ICU `kk` if it passes the alphabet check, the table otherwise. */
export function compareKazakh(a: string, b: string): number {
  if (chosen === undefined) {
    const collator = new Intl.Collator('kk');
    chosen = collatorFollowsKazakhAlphabet(collator)
      ? (x, y) => collator.compare(x, y) || (x < y ? -1 : x > y ? 1 : 0)
      : compareByKazakhTable;
  }
  return chosen(a, b);
}
