/**
 * Evidence that a single-byte decoding produced real Cyrillic text. Each
 * candidate decoding is scored by how well its letters fit ONE Cyrillic
 * alphabet, how few words mix Cyrillic with other scripts, and how few odd
 * symbols the high bytes became. Kazakh text read through Windows-1251 turns
 * қ ң ә ү ұ into ќ ѕ ј ї ў, letters that no single language uses together, so
 * it fits no alphabet as well as the KZ-1048 reading fits Kazakh.
 *
 * One pass over char codes with counting arrays: this runs on every
 * single-byte file, so it avoids regexes and per-word strings.
 */

const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';

/** Alphabets a Cyrillic single-byte file can plausibly be written in. */
const ALPHABETS: readonly (readonly [string, string])[] = [
  ['kk', `${RUSSIAN}әғқңөұүһі`],
  ['ru', RUSSIAN],
  ['uk', 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'],
  ['be', 'абвгдеёжзійклмнопрстуўфхцчшыьэюя'],
  ['sr', 'абвгдђежзијклљмнњопрстћуфхцчџш'],
  ['mk', 'абвгдѓежзѕијклљмнњопрстќуфхцчџш'],
];

/** Non-letters that real texts put in the high half of a Cyrillic code page. */
const EXPECTED_SYMBOLS = new Set(
  [...'«»„“”‘’‚–—…№§°•€\u00a0\u00ad'].map((char) => char.charCodeAt(0)),
);

const CYRILLIC_START = 0x400;
const CYRILLIC_END = 0x530;

/** Membership of each lowercase Cyrillic letter (as code − 0x400) per alphabet. */
const MEMBERSHIP = ALPHABETS.map(([name, letters]) => {
  const member = new Uint8Array(CYRILLIC_END - CYRILLIC_START);
  for (const letter of letters) member[letter.charCodeAt(0) - CYRILLIC_START] = 1;
  return { name, member };
});

export interface CyrillicEvidence {
  /** 0..1: overall plausibility that this decoding is the text the author wrote. */
  score: number;
  /** The alphabet that explains the Cyrillic letters best. */
  alphabet: string;
}

enum Kind {
  NotLetter = 0,
  Cyrillic = 1,
  Other = 2,
}

export function cyrillicEvidence(text: string): CyrillicEvidence {
  const counts = new Uint32Array(CYRILLIC_END - CYRILLIC_START);
  let cyrillicLetters = 0;
  let cleanWords = 0;
  let mixedWords = 0;
  let highSymbols = 0;
  let oddSymbols = 0;
  let wordStart = -1;
  let wordHasCyrillic = false;
  let wordHasOther = false;

  const endWord = (end: number) => {
    if (wordHasCyrillic) {
      if (wordHasOther) mixedWords++;
      else {
        cleanWords++;
        for (let k = wordStart; k < end; k++) {
          counts[lowerCyrillic(text.charCodeAt(k)) - CYRILLIC_START]!++;
        }
        cyrillicLetters += end - wordStart;
      }
    }
    wordStart = -1;
    wordHasCyrillic = false;
    wordHasOther = false;
  };

  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    const kind = classify(code);
    if (kind === Kind.NotLetter) {
      if (wordStart >= 0) endWord(i);
      if (code >= 0x80) {
        highSymbols++;
        if (!EXPECTED_SYMBOLS.has(code)) oddSymbols++;
      }
      continue;
    }
    if (wordStart < 0) wordStart = i;
    if (kind === Kind.Cyrillic) wordHasCyrillic = true;
    else wordHasOther = true;
  }

  let best = { alphabet: 'none', fit: cyrillicLetters === 0 ? 1 : 0 };
  for (const { name, member } of MEMBERSHIP) {
    let inside = 0;
    for (let index = 0; index < counts.length; index++) if (member[index]) inside += counts[index]!;
    const fit = cyrillicLetters === 0 ? 1 : inside / cyrillicLetters;
    if (fit > best.fit) best = { alphabet: name, fit };
  }

  const words = cleanWords + mixedWords;
  const wordPurity = words === 0 ? 1 : cleanWords / words;
  // Odd symbols weigh by their share of all non-ASCII characters, so one stray
  // ¤ in a long text does not sink it but junk made of symbols does.
  const nonAscii = highSymbols + cyrillicLetters;
  const symbolPenalty = nonAscii === 0 ? 0 : oddSymbols / nonAscii;
  return { score: best.fit * wordPurity * (1 - symbolPenalty), alphabet: best.alphabet };
}

function classify(code: number): Kind {
  if (code < 0x80) {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
      ? Kind.Other
      : Kind.NotLetter;
  }
  if (code >= CYRILLIC_START && code < CYRILLIC_END) {
    // U+0482..U+0489 are Cyrillic signs and combining marks, not letters.
    return code >= 0x482 && code <= 0x489 ? Kind.NotLetter : Kind.Cyrillic;
  }
  if (code >= 0xc0 && code <= 0x24f)
    return code === 0xd7 || code === 0xf7 ? Kind.NotLetter : Kind.Other;
  if (code === 0xaa || code === 0xb5 || code === 0xba) return Kind.Other;
  return code >= 0x370 && /\p{L}/u.test(String.fromCharCode(code)) ? Kind.Other : Kind.NotLetter;
}

/** Lowercase of a Cyrillic letter: the basic block by offset, the extended ones pair up even/odd. */
function lowerCyrillic(code: number): number {
  if (code >= 0x410 && code <= 0x42f) return code + 0x20;
  if (code >= 0x400 && code <= 0x40f) return code + 0x50;
  if (code >= 0x460 && code !== 0x4c0 && code !== 0x4cf) {
    // U+04C1..U+04CE pair odd/even; the rest of U+0460..U+052F pairs even/odd.
    if (code >= 0x4c1 && code <= 0x4ce) return code % 2 === 1 ? code + 1 : code;
    return code | 1;
  }
  return code;
}
