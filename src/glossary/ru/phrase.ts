/**
 * The dictionary form of a Russian noun phrase, as a glossary headword:
 * the head noun goes to its lemma, the adjectives before it agree with the
 * head lemma's gender (or plural for pluralia tantum), and the words after it
 * (genitive dependents: органы *местного управления*) stay as written.
 */
import { applyCaseShape, caseShape, foldYo } from './normalize-word.js';
import type { Reading } from './readings.js';

export type ReadWord = (word: string) => Reading[];

export function lemmatizeNounPhrase(phrase: string, read: ReadWord): string {
  const words = phrase
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return '';
  const readings = words.map((word) => read(word));
  const headIndex = findHead(readings);
  if (headIndex === undefined) {
    return words.map((word, i) => shaped(word, readings[i]?.[0]?.lemma ?? word)).join(' ');
  }
  const head = readings[headIndex]?.find(isNoun);
  if (head === undefined) return words.join(' ');
  const agreement = { gender: head.gender ?? 'masc', plural: head.pluralOnly === true };
  return words
    .map((word, i) => {
      if (i === headIndex) return shaped(word, head.lemma);
      if (i > headIndex) return word;
      const adjective = readings[i]?.find((reading) => reading.agree !== undefined);
      return adjective?.agree === undefined ? word : shaped(word, adjective.agree(agreement));
    })
    .join(' ');
}

/**
 * The first word whose best reading is a noun and before which every word can
 * be an adjective; failing that, the first word with any noun reading.
 */
function findHead(readings: readonly Reading[][]): number | undefined {
  let allAdjectives = true;
  for (const [i, options] of readings.entries()) {
    if (allAdjectives && options[0] !== undefined && isNoun(options[0])) return i;
    allAdjectives &&= options.some((reading) => reading.agree !== undefined);
  }
  const anyNoun = readings.findIndex((options) => options.some(isNoun));
  return anyNoun === -1 ? undefined : anyNoun;
}

function isNoun(reading: Reading): boolean {
  return reading.pos === 'noun';
}

/** The lemma written the way the word was (ОРГАНОВ → ОРГАН, Органов → Орган); proper nouns keep their capital. */
function shaped(word: string, lemma: string): string {
  return foldYo(applyCaseShape(lemma, caseShape(word)));
}
