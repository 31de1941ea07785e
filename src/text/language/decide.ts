import type { LanguageEvidence } from './evidence.js';

export type Lang = 'kk' | 'ru' | 'en' | 'other';

export interface LanguageGuess {
  lang: Lang;
  /** 0–1: how sure the guess is; low for short, mixed or evidence-poor text. */
  confidence: number;
  /** Share of the evidence per language (sums to 1 when there is any evidence). */
  scores: Record<Lang, number>;
}

/** What the rules decided; `ambiguous` asks the caller for a statistical tie-break. */
export type RuleDecision =
  | { kind: 'decided'; guess: LanguageGuess }
  | { kind: 'ambiguous'; scores: Record<Lang, number>; letters: number };

/** Paragraphs with fewer letters than this never get a confident label. */
export const SHORT_PARAGRAPH_LETTERS = 20;
const SHORT_CONFIDENCE_CAP = 0.5;
/** Fewer kk+ru votes than this is too little evidence to decide by rule. */
const MIN_VOTES = 3;
/** Below this share, the majority is not clear enough to decide by rule. */
const CLEAR_SHARE = 0.7;
/** A minority share at or above this makes a paragraph mixed. */
const MIXED_MINORITY_SHARE = 0.04;
const MIXED_CONFIDENCE_CAP = 0.6;
const FEW_VOTES_CONFIDENCE_CAP = 0.6;

const ZERO_SCORES: Record<Lang, number> = { kk: 0, ru: 0, en: 0, other: 0 };

/** Decides the language from counted evidence, or reports that the rules cannot. */
export function decideByRules(e: LanguageEvidence): RuleDecision {
  const letters = e.cyrillicLetters + e.latinLetters + e.otherLetters;
  if (letters === 0) return decided('other', 0.1, { ...ZERO_SCORES, other: 1 }, letters);
  if (e.otherLetters * 2 > letters) {
    return decided('other', 0.8, { ...ZERO_SCORES, other: 1 }, letters);
  }
  if (e.latinLetters > e.cyrillicLetters) return decideLatin(e, letters);
  return decideCyrillic(e, letters);
}

function decideLatin(e: LanguageEvidence, letters: number): RuleDecision {
  const share = e.latinWords > 0 ? e.enVotes / e.latinWords : 0;
  // Codes, identifiers and links (ISBN 978-…, https://…) are not prose.
  if (e.enVotes === 0 && (e.links > 0 || e.digits * 2 >= e.latinLetters)) {
    return decided('other', 0.3, { ...ZERO_SCORES, other: 1 }, letters);
  }
  // Accented Latin without English function words: German, Turkish, Kazakh Latin, …
  if (share < 0.1 && e.latinExtendedLetters > 0) {
    return decided('other', 0.4, { ...ZERO_SCORES, other: 1 }, letters);
  }
  // Plain ASCII text in a kk/ru corpus is English far more often than anything else.
  const confidence = share >= 0.1 ? Math.min(0.95, 0.6 + share) : 0.3;
  const en = share >= 0.1 ? 1 : 0.6;
  return decided('en', confidence, { ...ZERO_SCORES, en, other: 1 - en }, letters);
}

function decideCyrillic(e: LanguageEvidence, letters: number): RuleDecision {
  if (e.eastSlavicOtherWords > 0 && e.kazakhStrongWords === 0) {
    return decided('other', 0.6, { ...ZERO_SCORES, other: 1 }, letters);
  }
  const total = e.kkVotes + e.ruVotes;
  const scores: Record<Lang, number> =
    total === 0
      ? { ...ZERO_SCORES }
      : { ...ZERO_SCORES, kk: e.kkVotes / total, ru: e.ruVotes / total };
  const majority: Lang = e.kkVotes >= e.ruVotes ? 'kk' : 'ru';
  const share = Math.max(scores.kk, scores.ru);
  // A Kazakh-specific letter in most words settles it even with few words.
  if (e.kazakhStrongWords > 0 && e.ruVotes === 0) {
    return decided('kk', evidenceConfidence(1, total), scores, letters);
  }
  // A few votes, all one way: decide, but modestly (tinyld costs more than the whole scan).
  if (total > 0 && total < MIN_VOTES && share === 1) {
    return decided(
      majority,
      Math.min(FEW_VOTES_CONFIDENCE_CAP, evidenceConfidence(1, total)),
      scores,
      letters,
    );
  }
  if (total < MIN_VOTES || share < CLEAR_SHARE) {
    if (total >= 2 * MIN_VOTES && 1 - share >= MIXED_MINORITY_SHARE && share > 0.5) {
      return decided(majority, Math.min(MIXED_CONFIDENCE_CAP, share - 0.1), scores, letters);
    }
    return { kind: 'ambiguous', scores, letters };
  }
  let confidence = evidenceConfidence(share, total);
  if (1 - share >= MIXED_MINORITY_SHARE) confidence = Math.min(confidence, MIXED_CONFIDENCE_CAP);
  return decided(majority, confidence, scores, letters);
}

/** Confidence grows with the majority share and with the number of votes. */
function evidenceConfidence(share: number, votes: number): number {
  const amount = Math.min(1, votes / 8);
  return round(0.5 + (share - 0.5) * (0.4 + 0.6 * amount));
}

function decided(
  lang: Lang,
  confidence: number,
  scores: Record<Lang, number>,
  letters: number,
): RuleDecision {
  const capped =
    letters < SHORT_PARAGRAPH_LETTERS ? Math.min(confidence, SHORT_CONFIDENCE_CAP) : confidence;
  return { kind: 'decided', guess: { lang, confidence: round(capped), scores } };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
