import { CharClass, classifyCharCode } from './char-classes.js';
import {
  EndingVote,
  endingVote,
  type FunctionWordLexicons,
  functionWordLexicons,
  hashForward,
  isFunctionWord,
} from './lexicon.js';

/** Counts gathered in one pass over a paragraph. */
export interface LanguageEvidence {
  /** Cyrillic letters, Kazakh ones included, plus Latin look-alikes inside Cyrillic words. */
  cyrillicLetters: number;
  latinLetters: number;
  /** Latin letters outside ASCII in Latin words (ä ö ü ı ñ …). */
  latinExtendedLetters: number;
  otherLetters: number;
  digits: number;
  cyrillicWords: number;
  latinWords: number;
  /** Words voting Kazakh: a Kazakh-specific letter, a function word or an ending. */
  kkVotes: number;
  ruVotes: number;
  enVotes: number;
  /** Words with ї є ґ ў (Ukrainian, Belarusian). */
  eastSlavicOtherWords: number;
  /** Words with ә ғ қ ң ө ұ ү һ. */
  kazakhStrongWords: number;
  /** Web links (`://` or `www.`). */
  links: number;
}

const ENDING_MIN_LENGTH = 5;

/** Per-word counters, reset at each word boundary. */
interface WordState {
  start: number;
  cyr: number;
  lat: number;
  latExt: number;
  latI: number;
  strong: number;
  weak: number;
  eastSlavic: number;
  other: number;
}

/** Scans `text` once and counts the language evidence of every word. */
export function collectEvidence(
  text: string,
  lexicons: FunctionWordLexicons = functionWordLexicons,
): LanguageEvidence {
  const evidence: LanguageEvidence = {
    cyrillicLetters: 0,
    latinLetters: 0,
    latinExtendedLetters: 0,
    otherLetters: 0,
    digits: 0,
    cyrillicWords: 0,
    latinWords: 0,
    kkVotes: 0,
    ruVotes: 0,
    enVotes: 0,
    eastSlavicOtherWords: 0,
    kazakhStrongWords: 0,
    links: countLinks(text),
  };
  const w: WordState = {
    start: -1,
    cyr: 0,
    lat: 0,
    latExt: 0,
    latI: 0,
    strong: 0,
    weak: 0,
    eastSlavic: 0,
    other: 0,
  };
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const cls = i < length ? classifyCharCode(text.charCodeAt(i)) : CharClass.NONE;
    switch (cls) {
      case CharClass.CYRILLIC:
        w.cyr++;
        break;
      case CharClass.KAZAKH_STRONG:
        w.strong++;
        break;
      case CharClass.KAZAKH_WEAK:
        w.weak++;
        break;
      case CharClass.LATIN:
        w.lat++;
        break;
      case CharClass.LATIN_I:
        w.latI++;
        break;
      case CharClass.LATIN_EXTENDED:
        w.latExt++;
        break;
      case CharClass.EAST_SLAVIC_OTHER:
        w.eastSlavic++;
        break;
      case CharClass.OTHER_LETTER:
        w.other++;
        break;
      case CharClass.HYPHEN:
        // A hyphen between letters joins one word (сондай-ақ, өзін-өзі).
        if (
          w.start >= 0 &&
          i + 1 < length &&
          isLetterClass(classifyCharCode(text.charCodeAt(i + 1)))
        ) {
          continue;
        }
        closeWord(text, i, w, evidence, lexicons);
        continue;
      case CharClass.DIGIT:
        evidence.digits++;
        closeWord(text, i, w, evidence, lexicons);
        continue;
      default:
        closeWord(text, i, w, evidence, lexicons);
        continue;
    }
    if (w.start < 0) w.start = i;
  }
  return evidence;
}

function countLinks(text: string): number {
  return text.includes('://') || text.includes('www.') ? 1 : 0;
}

function isLetterClass(cls: CharClass): boolean {
  return cls !== CharClass.NONE && cls !== CharClass.DIGIT && cls !== CharClass.HYPHEN;
}

function closeWord(
  text: string,
  end: number,
  w: WordState,
  evidence: LanguageEvidence,
  lexicons: FunctionWordLexicons,
): void {
  if (w.start < 0) return;
  const start = w.start;
  const cyrillic = w.cyr + w.strong + w.weak + w.eastSlavic;
  const latin = w.lat + w.latI + w.latExt;
  evidence.otherLetters += w.other;
  if (cyrillic > 0 && cyrillic >= latin) {
    // Latin look-alikes inside a Cyrillic word are damaged Cyrillic letters.
    evidence.cyrillicLetters += cyrillic + latin;
    evidence.cyrillicWords++;
    voteCyrillic(text, start, end, w, evidence, lexicons);
  } else if (latin > 0) {
    evidence.latinLetters += latin + cyrillic;
    evidence.latinExtendedLetters += w.latExt;
    evidence.latinWords++;
    if (end - start <= lexicons.maxWordLength && isFunctionWord(lexicons.en, text, start, end)) {
      evidence.enVotes++;
    }
  }
  w.start = -1;
  w.cyr = w.lat = w.latExt = w.latI = w.strong = w.weak = w.eastSlavic = w.other = 0;
}

function voteCyrillic(
  text: string,
  start: number,
  end: number,
  w: WordState,
  evidence: LanguageEvidence,
  lexicons: FunctionWordLexicons,
): void {
  if (w.eastSlavic > 0) {
    evidence.eastSlavicOtherWords++;
    return;
  }
  if (w.strong > 0) {
    evidence.kazakhStrongWords++;
    evidence.kkVotes++;
    return;
  }
  if (w.weak > 0 || w.latI > 0) {
    evidence.kkVotes++;
    return;
  }
  const length = end - start;
  if (length <= lexicons.maxWordLength) {
    const hash = hashForward(text, start, end);
    if (lexicons.kk.words.has(hash)) {
      evidence.kkVotes++;
      return;
    }
    if (lexicons.ru.words.has(hash)) {
      evidence.ruVotes++;
      return;
    }
  }
  if (length < ENDING_MIN_LENGTH) return;
  const vote = endingVote(lexicons, text, start, end);
  if (vote === EndingVote.RU) evidence.ruVotes++;
  else if (vote === EndingVote.KK) evidence.kkVotes++;
}
