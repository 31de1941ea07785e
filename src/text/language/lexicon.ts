import functionWords from '../../../data/lexicons/function-words.json' with { type: 'json' };

/**
 * Function words and endings of one language as 32-bit hashes of their
 * lowercase letters, so the scan looks words up without allocating strings.
 * A collision would only add one stray vote, and with ~300 entries it happens
 * about once in ten million words.
 */
export interface LanguageLexicon {
  words: HashSet32;
  /** Endings by length (index), hashed right to left (see hashBackward). */
  endingsByLength: readonly (HashSet32 | undefined)[];
}

export interface FunctionWordLexicons {
  kk: LanguageLexicon;
  ru: LanguageLexicon;
  en: LanguageLexicon;
  /** Longest function word: longer words skip the lookup. */
  maxWordLength: number;
  /** Ending lengths present in any lexicon, longest first. */
  endingLengths: readonly number[];
}

/**
 * A set of 32-bit hashes: open addressing in a typed array, one multiply to
 * find the slot. Lookups take half the time of `Set<number>.has`, with the same
 * members and the same answers.
 */
export class HashSet32 {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  private readonly shift: number;

  constructor(values: Iterable<number>) {
    const unique = [...new Set(values)].map((value) => value | 0);
    // At most a quarter full, so a miss usually ends at the first empty slot.
    let bits = 3;
    while (1 << bits < unique.length * 4) bits++;
    this.keys = new Int32Array(1 << bits);
    this.used = new Uint8Array(1 << bits);
    this.shift = 32 - bits;
    for (const value of unique) {
      let slot = this.slotOf(value);
      while (this.used[slot] === 1) slot = (slot + 1) & (this.used.length - 1);
      this.keys[slot] = value;
      this.used[slot] = 1;
    }
  }

  has(key: number): boolean {
    const mask = this.used.length - 1;
    for (let slot = this.slotOf(key); this.used[slot] === 1; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) return true;
    }
    return false;
  }

  private slotOf(key: number): number {
    // Fibonacci hashing: the top bits of the product spread nearby keys apart.
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}

interface RawLexicon {
  words: string[];
  endings: string[];
}

/** Lowercase of one UTF-16 unit for the letters the lexicons use (no locale). */
export function lowerCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code < 0x400) return code;
  if (code >= 0x410 && code <= 0x42f) return code + 0x20;
  if (code <= 0x40f) return code + 0x50;
  // Kazakh letters (Ғ Қ Ң Ү Ұ Һ Ә Ө …) pair uppercase-even, lowercase-odd.
  if (code >= 0x460 && code <= 0x4ff && (code & 1) === 0) return code + 1;
  return code;
}

/** Hash of text[start, end) read left to right. */
export function hashForward(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + lowerCode(text.charCodeAt(i))) | 0;
  return h;
}

/** Hash of text[start, end) read right to left, so endings hash from the word's end. */
export function hashBackward(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = end - 1; i >= start; i--) h = (Math.imul(h, 31) + lowerCode(text.charCodeAt(i))) | 0;
  return h;
}

function buildLexicon(raw: RawLexicon): LanguageLexicon {
  const hashesByLength: number[][] = [];
  for (const ending of raw.endings) {
    const hashes = hashesByLength[ending.length] ?? [];
    hashes.push(hashBackward(ending, 0, ending.length));
    hashesByLength[ending.length] = hashes;
  }
  return {
    words: new HashSet32(raw.words.map((w) => hashForward(w, 0, w.length))),
    endingsByLength: Array.from(hashesByLength, (hashes) =>
      hashes === undefined ? undefined : new HashSet32(hashes),
    ),
  };
}

function buildLexicons(): FunctionWordLexicons {
  const raws = [functionWords.kk, functionWords.ru, functionWords.en];
  const maxWordLength = Math.max(...raws.flatMap((raw) => raw.words.map((w) => w.length)));
  const endingLengths = [...new Set(raws.flatMap((raw) => raw.endings.map((e) => e.length)))].sort(
    (a, b) => b - a,
  );
  return {
    kk: buildLexicon(functionWords.kk),
    ru: buildLexicon(functionWords.ru),
    en: buildLexicon(functionWords.en),
    maxWordLength,
    endingLengths,
  };
}

export const functionWordLexicons: FunctionWordLexicons = buildLexicons();

/** Whether text[start, end) is one of the lexicon's function words. */
export function isFunctionWord(
  lexicon: LanguageLexicon,
  text: string,
  start: number,
  end: number,
): boolean {
  return lexicon.words.has(hashForward(text, start, end));
}

export const EndingVote = { NONE: 0, RU: 1, KK: 2 } as const;
export type EndingVote = (typeof EndingVote)[keyof typeof EndingVote];

/**
 * The vote of the word text[start, end) by its ending: Russian when it has a
 * Russian ending, else Kazakh when it has a Kazakh one. Each suffix hash
 * (hashBackward of the last n letters) extends the previous one by a letter,
 * so both lexicons are checked in one pass over the word's tail.
 */
export function endingVote(
  lexicons: FunctionWordLexicons,
  text: string,
  start: number,
  end: number,
): EndingVote {
  const ru = lexicons.ru.endingsByLength;
  const kk = lexicons.kk.endingsByLength;
  const longest = Math.min(Math.max(ru.length, kk.length) - 1, end - start - 1);
  let hash = 0;
  let kazakh = false;
  for (let length = 1; length <= longest; length++) {
    hash = (Math.imul(hash, 31) + lowerCode(text.charCodeAt(end - length))) | 0;
    if (ru[length]?.has(hash)) return EndingVote.RU;
    if (!kazakh && kk[length]?.has(hash)) kazakh = true;
  }
  return kazakh ? EndingVote.KK : EndingVote.NONE;
}
