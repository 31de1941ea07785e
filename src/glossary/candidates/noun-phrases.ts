import { lemmatize as kazakhLemmas } from '../kk/index.js';
import type { RussianLemmatizer } from '../ru/index.js';
import { hasDigit, isStopword, tokenizeWords, type WordToken } from './tokenize.js';

/** One occurrence of a noun-phrase candidate and the longer candidates around it in the same phrase. */
export interface PhraseOccurrence {
  key: string;
  start: number;
  end: number;
  length: number;
  containers: string[];
}

export interface NounPhraseOptions {
  maxWords: number;
}

// Finite verbs, participles and converbs end a Kazakh noun phrase. Only words the
// lexicon does not know are tested, so nouns like «орган» (…ган) are safe.
const KK_VERB_ENDINGS =
  /(?:ылады|іледі|лады|леді|ады|еді|йды|йді|атын|етін|йтын|йтін|ған|ген|қан|кен|ып|іп|уға|уге|мақ|мек)$/u;

// Numerals and the postpositions of dates and deadlines («он күн өткен соң»,
// «01.01.2026 бастап») that the shared function-word list lacks.
const KK_BREAK_WORDS = new Set(
  'бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан жүз мың бірінші екінші үшінші соң кейін бұрын бастап дейін қоспағанда'.split(
    ' ',
  ),
);

type KazakhClass = 'base' | 'inflected' | 'break';

/**
 * Kazakh noun phrases (ADJ|NOUN)* NOUN: uninflected words followed by one word
 * that may carry number, possessive and case. The head keeps its izafet px3
 * (`аудан мәслихатына` → `аудан мәслихаты`), so inflected occurrences group.
 */
export function kazakhNounPhrases(text: string, options: NounPhraseOptions): PhraseOccurrence[] {
  const cache = new Map<string, KazakhClass>();
  const classify = (word: string): KazakhClass => {
    const lower = word.toLowerCase();
    let found = cache.get(lower);
    if (found !== undefined) return found;
    const best = kazakhLemmas(lower)[0];
    if (
      isStopword(lower, 'kk') ||
      KK_BREAK_WORDS.has(lower) ||
      hasDigit(lower) ||
      lower.length < 2
    ) {
      found = 'break';
    } else if (best?.known !== true && lower.length >= 5 && KK_VERB_ENDINGS.test(lower))
      found = 'break';
    // An unknown hyphenated word (өзін-өзі) is read as it stands: the stripper would cut its second half.
    else if (best?.known !== true && lower.includes('-')) found = 'base';
    else found = best === undefined || best.lemma === lower ? 'base' : 'inflected';
    cache.set(lower, found);
    return found;
  };
  const phraseCache = new Map<string, string>();
  const headKey = (phrase: string): string => {
    let key = phraseCache.get(phrase);
    if (key === undefined) {
      key = (kazakhLemmas(phrase)[0]?.lemma ?? phrase).toLowerCase();
      phraseCache.set(phrase, key);
    }
    return key;
  };
  const out: PhraseOccurrence[] = [];
  for (const run of runsOf(text, (token) => classify(token.text))) {
    const lastInflected = run.at(-1)?.kind === 'inflected';
    const keyOf = (i: number, j: number): string => {
      const phrase = run
        .slice(i, j + 1)
        .map((entry) => entry.token.text.toLowerCase())
        .join(' ');
      return j === run.length - 1 && lastInflected ? headKey(phrase) : phrase;
    };
    out.push(...spansOf(run, options.maxWords, () => true, keyOf));
  }
  return out;
}

type RussianClass = 'adj' | 'noun' | 'gen-adj' | 'gen-noun' | 'break';

/**
 * Russian noun phrases ADJ* NOUN (ADJ* NOUN-gen)*: `органы местного
 * самоуправления`, grouped by the phrase's dictionary form (`орган местного
 * самоуправления`). Genitive dependents are recognised by their endings.
 */
export function russianNounPhrases(
  text: string,
  options: NounPhraseOptions & { ruLemmatizer: RussianLemmatizer },
): PhraseOccurrence[] {
  const { ruLemmatizer } = options;
  const cache = new Map<string, RussianClass>();
  const classify = (word: string): RussianClass => {
    const lower = word.toLowerCase();
    let found = cache.get(lower);
    if (found !== undefined) return found;
    const best = ruLemmatizer.lemmatize(lower)[0];
    if (best === undefined || isStopword(lower, 'ru') || hasDigit(lower) || lower.length < 2) {
      found = 'break';
    } else if (best.pos === 'adjective' || best.pos === 'participle') {
      found = /(?:ого|его|ых|их|ой|ей)$/u.test(lower) ? 'gen-adj' : 'adj';
    } else if (best.pos === 'noun') {
      const oblique = best.lemma.toLowerCase() !== lower;
      found = oblique && /(?:а|я|ы|и|ов|ев|ей|ий)$/u.test(lower) ? 'gen-noun' : 'noun';
    } else {
      found = 'break';
    }
    cache.set(lower, found);
    return found;
  };
  const phraseCache = new Map<string, string>();
  const out: PhraseOccurrence[] = [];
  for (const run of russianRuns(text, classify)) {
    const keyOf = (i: number, j: number): string => {
      const phrase = run
        .slice(i, j + 1)
        .map((entry) => entry.token.text)
        .join(' ');
      let key = phraseCache.get(phrase);
      if (key === undefined) {
        key = ruLemmatizer.lemmatizePhrase(phrase).toLowerCase();
        phraseCache.set(phrase, key);
      }
      return key;
    };
    const endsInNoun = (j: number): boolean => {
      const kind = run[j]?.kind;
      return kind === 'noun' || kind === 'gen-noun';
    };
    out.push(...spansOf(run, options.maxWords, endsInNoun, keyOf));
  }
  return out;
}

interface RunEntry<K> {
  token: WordToken;
  kind: K;
}

/** Kazakh runs: base words, closed by an inflected word (kept) or a break (dropped). */
function runsOf(
  text: string,
  classify: (token: WordToken) => KazakhClass,
): RunEntry<KazakhClass>[][] {
  const runs: RunEntry<KazakhClass>[][] = [];
  let run: RunEntry<KazakhClass>[] = [];
  const close = (): void => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  let lastEnd = -1;
  for (const token of tokenizeWords(text)) {
    if (lastEnd >= 0 && !isBlank(text, lastEnd, token.start)) close();
    lastEnd = token.end;
    const kind = classify(token);
    if (kind === 'break') {
      close();
      continue;
    }
    run.push({ token, kind });
    if (kind === 'inflected') close();
  }
  close();
  return runs;
}

/** Russian runs: adjectives and a head noun, then only genitive groups. */
function russianRuns(
  text: string,
  classify: (word: string) => RussianClass,
): RunEntry<RussianClass>[][] {
  const runs: RunEntry<RussianClass>[][] = [];
  let run: RunEntry<RussianClass>[] = [];
  let hasHead = false;
  const close = (): void => {
    if (run.length >= 2) runs.push(run);
    run = [];
    hasHead = false;
  };
  let lastEnd = -1;
  for (const token of tokenizeWords(text)) {
    if (lastEnd >= 0 && !isBlank(text, lastEnd, token.start)) close();
    lastEnd = token.end;
    const kind = classify(token.text);
    if (kind === 'break') {
      close();
      continue;
    }
    const genitive = kind === 'gen-adj' || kind === 'gen-noun';
    // After the head only genitive dependents may follow; anything else starts a new phrase.
    if (hasHead && !genitive) close();
    run.push({ token, kind });
    if (kind === 'noun' || kind === 'gen-noun') hasHead = true;
  }
  close();
  return runs;
}

/** Every sub-span of 2…maxWords words that may end at `j`, with the longer spans containing it. */
function spansOf<K>(
  run: readonly RunEntry<K>[],
  maxWords: number,
  canEnd: (j: number) => boolean,
  keyOf: (i: number, j: number) => string,
): PhraseOccurrence[] {
  const spans: Array<{ i: number; j: number; key: string }> = [];
  for (let i = 0; i < run.length; i++) {
    for (let j = i + 1; j < run.length && j - i < maxWords; j++) {
      if (canEnd(j)) spans.push({ i, j, key: keyOf(i, j) });
    }
  }
  return spans.map((span) => {
    const containers = spans
      .filter(
        (other) => other.i <= span.i && other.j >= span.j && other.j - other.i > span.j - span.i,
      )
      .map((other) => other.key);
    const first = run[span.i]?.token;
    const last = run[span.j]?.token;
    return {
      key: span.key,
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      length: span.j - span.i + 1,
      containers,
    };
  });
}

/** Only spaces and at most one line break: a wrapped line, not a new paragraph. */
function isBlank(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) breaks++;
    else if (code !== 0x20 && code !== 0x0d && code !== 0x09 && code !== 0xa0) return false;
  }
  return breaks <= 1;
}
