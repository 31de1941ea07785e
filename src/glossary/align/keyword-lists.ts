import { bestSkeleton } from './definition-lists.js';
import type { AlignedPair, AlignmentEvidence } from './types.js';

/**
 * Pairs the keyword lists of a parallel abstract (`Түйін сөздер:` ↔ `Ключевые
 * слова:`) by position. Authors translate the list in order, so equal lengths
 * are strong evidence; lists of different lengths are not guessed at (empty
 * result). A loanword match (мәслихат/маслихат) raises the score.
 *
 * @example alignKeywordLists(['әкім', 'мәслихат'], ['аким', 'маслихат']) // two pairs, score 1 each
 */
export function alignKeywordLists(kk: readonly string[], ru: readonly string[]): AlignedPair[] {
  if (kk.length !== ru.length || kk.length === 0) return [];
  return kk.map((kkItem, i) => {
    const ruItem = ru[i] ?? '';
    const evidence: AlignmentEvidence[] = [
      { kind: 'list-position', value: 1, detail: `item ${i + 1} of ${kk.length} in both lists` },
    ];
    const skeleton = bestSkeleton(kkItem, ruItem);
    if (skeleton.value >= 0.9) {
      evidence.push({
        kind: 'skeleton',
        value: Math.round(skeleton.value * 1000) / 1000,
        detail: skeleton.detail,
      });
    }
    return { kk: kkItem, ru: ruItem, score: skeleton.value >= 0.9 ? 1 : 0.8, evidence };
  });
}
