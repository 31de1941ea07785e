import functionWords from '../../../data/lexicons/function-words.json' with { type: 'json' };

/** A word of the text; offsets are UTF-16 code units, end exclusive. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

// Letters of any script (so ә ғ қ ң ө ұ ү һ і stay inside words) and hyphenated
// compounds (өзін-өзі, әкімшілік-аумақтық) as one word. natural's tokenizers
// cannot be used: they delete the Kazakh letters.
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

/** The words of `text[from, to)` with their offsets into `text`. */
export function tokenizeWords(text: string, from = 0, to = text.length): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) {
      if (match.index < to)
        out.push({ text: text.slice(match.index, to), start: match.index, end: to });
      break;
    }
    out.push({ text: match[0], start: match.index, end });
  }
  return out;
}

const STOPWORDS = {
  kk: new Set(functionWords.kk.words.map((word) => word.toLowerCase())),
  ru: new Set(functionWords.ru.words.map((word) => word.toLowerCase())),
};

/** True for closed-class words (conjunctions, postpositions, pronouns) of the language. */
export function isStopword(word: string, lang: 'kk' | 'ru'): boolean {
  return STOPWORDS[lang].has(word.toLowerCase());
}

/** True when the word has a digit (article numbers, dates) and so is no term word. */
export function hasDigit(word: string): boolean {
  return /\p{N}/u.test(word);
}
