/** Why two terms were paired; `value` is the raw score of that kind of evidence. */
export interface AlignmentEvidence {
  kind: 'definition-number' | 'definition-content' | 'list-position' | 'cooccurrence' | 'skeleton';
  value: number;
  detail: string;
}

/** A Kazakh term, its Russian equivalent, one overall score and the evidence behind it. */
export interface AlignedPair {
  kk: string;
  ru: string;
  score: number;
  evidence: AlignmentEvidence[];
}

/** One segment of a parallel text (an article or a point), identified the same way in both languages. */
export interface ParallelSegment {
  id: string;
  text: string;
}
