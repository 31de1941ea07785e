/**
 * Language of one paragraph: Kazakh, Russian, English or other.
 *
 * Rules come first because they are fast and explainable: Kazakh-specific
 * letters, function words and a few word endings vote per word in one pass.
 * Only when the votes are too few or too close does tinyld, restricted to kk/ru,
 * break the tie, since it runs at about half the speed of the scan.
 */
import { detectAll } from 'tinyld';
import {
  decideByRules,
  type Lang,
  type LanguageGuess,
  round,
  SHORT_PARAGRAPH_LETTERS,
} from './language/decide.js';
import { collectEvidence } from './language/evidence.js';

export type { Lang, LanguageGuess } from './language/decide.js';
export { collectEvidence, type LanguageEvidence } from './language/evidence.js';

export interface DetectLanguageOptions {
  /** Let tinyld break ties the rules cannot settle (default true). */
  tieBreak?: boolean | null | undefined;
}

/** Highest confidence a tinyld tie-break can give: it decides on thin evidence. */
const TIE_BREAK_CONFIDENCE_CAP = 0.6;

/**
 * Guesses the language of one paragraph.
 *
 * @example detectLanguage('Осы Заң ресми жарияланған күнінен бастап қолданысқа енгізіледі.').lang // 'kk'
 */
export function detectLanguage(
  text: string,
  options?: DetectLanguageOptions | null,
): LanguageGuess {
  const decision = decideByRules(collectEvidence(text));
  if (decision.kind === 'decided') return decision.guess;
  const fallback: Lang = decision.scores.ru > decision.scores.kk ? 'ru' : 'kk';
  if (options?.tieBreak === false) {
    return { lang: fallback, confidence: 0.3, scores: decision.scores };
  }
  return breakTie(text, decision.scores, decision.letters, fallback);
}

function breakTie(
  text: string,
  ruleScores: Record<Lang, number>,
  letters: number,
  fallback: Lang,
): LanguageGuess {
  const [kk, ru] = tinyldScores(text);
  if (kk + ru === 0) return { lang: fallback, confidence: 0.2, scores: ruleScores };
  const lang: Lang = kk >= ru ? 'kk' : 'ru';
  const share = Math.max(kk, ru) / (kk + ru);
  const cap = letters < SHORT_PARAGRAPH_LETTERS ? 0.4 : TIE_BREAK_CONFIDENCE_CAP;
  const scores: Record<Lang, number> = {
    kk: round(kk / (kk + ru)),
    ru: round(ru / (kk + ru)),
    en: 0,
    other: 0,
  };
  return { lang, confidence: round(Math.min(cap, share)), scores };
}

/**
 * The texts the rules leave open are mostly short headings and labels that
 * recur across the documents of a corpus (`## Части документа`, `Парламент
 * депутаты:`), and one tinyld call costs as much as scanning a page. tinyld is a
 * pure function of the text, so its answers for short texts are kept.
 */
const TINYLD_CACHE_ENTRIES = 2048;
const TINYLD_CACHE_MAX_CHARS = 256;
const tinyldCache = new Map<string, readonly [kk: number, ru: number]>();

/** tinyld's kk and ru accuracies for `text` (0 for a language it does not rank). */
function tinyldScores(text: string): readonly [kk: number, ru: number] {
  const cached = tinyldCache.get(text);
  if (cached) return cached;
  const ranked = detectAll(text, { only: ['kk', 'ru'] });
  const scores = [
    ranked.find((r) => r.lang === 'kk')?.accuracy ?? 0,
    ranked.find((r) => r.lang === 'ru')?.accuracy ?? 0,
  ] as const;
  if (text.length <= TINYLD_CACHE_MAX_CHARS) {
    // Oldest first out: a Map iterates in insertion order.
    if (tinyldCache.size >= TINYLD_CACHE_ENTRIES) {
      tinyldCache.delete(tinyldCache.keys().next().value ?? '');
    }
    tinyldCache.set(text, scores);
  }
  return scores;
}
