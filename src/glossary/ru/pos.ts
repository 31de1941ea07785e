/** OpenCorpora parts of speech (az's tag.POS) under the names kazlex uses. */
const POS_NAMES: Readonly<Record<string, string>> = {
  NOUN: 'noun',
  ADJF: 'adjective',
  ADJS: 'adjective',
  COMP: 'adjective',
  VERB: 'verb',
  INFN: 'verb',
  PRTF: 'participle',
  PRTS: 'participle',
  GRND: 'gerund',
  NUMR: 'numeral',
  ADVB: 'adverb',
  NPRO: 'pronoun',
  PRED: 'predicative',
  PREP: 'preposition',
  CONJ: 'conjunction',
  PRCL: 'particle',
  INTJ: 'interjection',
};

export function posName(azPos: string | undefined): string | null {
  return azPos === undefined ? null : (POS_NAMES[azPos] ?? null);
}
