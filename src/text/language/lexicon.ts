import functionWords from '../../../data/lexicons/function-words.json' with { type: 'json' };

/**
 * Function words and endings of one language as 32-bit hashes of their
 * lowercase letters, so the scan looks words up without allocating strings.
 * A collision would only add one stray vote, and with ~300 entries it happens
 * about once in ten million words.
 */
export interface LanguageLexicon {
  words: ReadonlySet<number>;
  /** Endings grouped by length, hashed right to left (see hashBackward). */
  endingsByLength: ReadonlyMap<number, ReadonlySet<number>>;
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
  const endingsByLength = new Map<number, Set<number>>();
  for (const ending of raw.endings) {
    const set = endingsByLength.get(ending.length) ?? new Set<number>();
    set.add(hashBackward(ending, 0, ending.length));
    endingsByLength.set(ending.length, set);
  }
  return { words: new Set(raw.words.map((w) => hashForward(w, 0, w.length))), endingsByLength };
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

/** Whether the word text[start, end) ends with one of the lexicon's endings (word longer than it). */
export function hasEnding(
  lexicon: LanguageLexicon,
  text: string,
  start: number,
  end: number,
): boolean {
  for (const [length, endings] of lexicon.endingsByLength) {
    if (end - start > length && endings.has(hashBackward(text, end - length, end))) return true;
  }
  return false;
}
