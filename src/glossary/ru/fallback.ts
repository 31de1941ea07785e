/**
 * A conservative suffix rule for Russian words that neither the realia
 * lexicon nor az's dictionary knows. It only undoes endings whose lemma is
 * predictable from the ending alone (маслихатов → маслихат, пробации →
 * пробация, сейсмоустойчивости → сейсмоустойчивость), always keeps a stem of
 * at least three letters, and ranks the unchanged word second.
 */
import type { RuLemma } from './types.js';

interface SuffixRule {
  pattern: RegExp;
  lemmaEnding: string;
  pos: string;
}

/** First match wins, so the more specific families come first. */
const RULES: readonly SuffixRule[] = [
  // Abstract nouns in -ость (never -ость itself: that is already the lemma).
  { pattern: /^(.{3,}ост)(ью|ями|ях|ям|ей|и)$/, lemmaEnding: 'ь', pos: 'noun' },
  // Verbal nouns in -ение/-ание (-ий is their genitive plural, not an adjective here).
  {
    pattern: /^(.{2,}(?:ен|ан))(ия|ию|ием|ии|ий|иям|иями|иях)$/,
    lemmaEnding: 'ие',
    pos: 'noun',
  },
  // Loans in -ия/-ция (пробация, цифровизация); -ий is left alone (adjectives).
  { pattern: /^(.{3,})(ии|ию|ией|иям|иями|иях)$/, lemmaEnding: 'ия', pos: 'noun' },
  // Adjectives in -ский/-цкий and after velars.
  {
    pattern: /^(.{3,}[гкх])(ого|ому|ими|их|им|ая|ой|ую|ое|ие)$/,
    lemmaEnding: 'ий',
    pos: 'adjective',
  },
  // Soft adjectives in -ний (послесреднего).
  { pattern: /^(.{3,}н)(его|ему|ими|их|им|яя|ей|юю|ее|ие)$/, lemmaEnding: 'ий', pos: 'adjective' },
  // Hard adjectives in -ный (одномандатному); -ом is left alone, it is also a noun's instrumental.
  { pattern: /^(.{3,}н)(ого|ому|ыми|ых|ым|ая|ой|ую|ое|ые)$/, lemmaEnding: 'ый', pos: 'adjective' },
  // Masculine nouns with a hard consonant stem, the shape of most Kazakh loans.
  {
    pattern: /^(.{3,}[бвдзлмнпрстф])(ами|ах|ам|ов|ом|а|у|е|ы)$/,
    lemmaEnding: '',
    pos: 'noun',
  },
  { pattern: /^(.{3,}[гкх])(ами|ах|ам|ов|ом|а|у|е|и)$/, lemmaEnding: '', pos: 'noun' },
];

/** Readings for a folded (lowercase, ё → е) Russian word that no dictionary knows. */
export function fallbackLemmas(folded: string): RuLemma[] {
  const asIs: RuLemma = { lemma: folded, pos: null, known: false, source: 'fallback' };
  for (const rule of RULES) {
    const match = rule.pattern.exec(folded);
    if (match === null) continue;
    const lemma = (match[1] ?? '') + rule.lemmaEnding;
    if (lemma === folded) return [asIs];
    return [{ lemma, pos: rule.pos, known: false, source: 'fallback' }, asIs];
  }
  return [asIs];
}
