/**
 * Readings of one word: realia entries first, then az's dictionary parses
 * grouped by lemma, then the suffix fallback. Pure given a loaded az; the
 * phrase lemmatizer also uses the gender and agreement each reading carries.
 */
import type { AzMorph, AzParse, AzTag } from './az-morph.js';
import { fallbackLemmas } from './fallback.js';
import {
  capitalize,
  foldRussianWord,
  foldYo,
  hasKazakhLetter,
  isRussianWord,
} from './normalize-word.js';
import { posName } from './pos.js';
import { agreeRealiaAdjective, type RealiaLexicon } from './realia.js';
import type { GrammaticalGender, RuLemma } from './types.js';

export interface Agreement {
  gender: GrammaticalGender;
  plural: boolean;
}

export interface Reading extends RuLemma {
  /** Summed az probability of the parses behind this lemma (realia: 1). */
  score: number;
  /** For nouns: the lemma's gender, and whether it has only a plural (выборы). */
  gender?: GrammaticalGender;
  pluralOnly?: boolean;
  /** For adjectives and participles: the nominative agreeing with a head noun. */
  agree?: (agreement: Agreement) => string;
}

/** Parsers whose readings rest on a dictionary word (az's suffix guessers are left out: акиму → *акять). */
const DICTIONARY_PARSERS = [
  'Dictionary',
  'HyphenParticle',
  'HyphenAdverb',
  'HyphenWords',
  'PrefixKnown',
];

/**
 * az's hyphen parsers branch on every hyphen and ran out of memory on a
 * 4,000-letter `а-а-а…`; no real word is this long or has more hyphens
 * (психолого-медико-педагогические has two).
 */
const AZ_MAX_LENGTH = 64;
const AZ_MAX_HYPHENS = 3;

export function readWord(word: string, morph: AzMorph, realia: RealiaLexicon): Reading[] {
  const trimmed = word.trim();
  if (trimmed === '') return [];
  const folded = foldRussianWord(trimmed);
  const readings: Reading[] = (realia.formIndex.get(folded) ?? []).map((entry) => ({
    lemma: entry.lemma,
    pos: entry.pos === 'adjective' ? 'adjective' : 'noun',
    known: true,
    source: 'realia',
    score: 1,
    ...(entry.pos === 'adjective'
      ? { agree: (agreement: Agreement) => agreeRealiaAdjective(entry, agreement) }
      : { gender: entry.gender, pluralOnly: false }),
  }));
  if (!isRussianWord(folded) || hasKazakhLetter(folded)) {
    return readings.length > 0 ? readings : fallbackLemmas(folded).slice(-1).map(withScore);
  }
  const seen = new Set(readings.map((reading) => reading.lemma));
  for (const reading of dictionaryReadings(folded, morph)) {
    if (!seen.has(reading.lemma)) readings.push(reading);
    seen.add(reading.lemma);
  }
  if (readings.length > 0) return readings;
  return compoundReadings(folded, morph, realia) ?? fallbackLemmas(folded).map(withScore);
}

function withScore(lemma: RuLemma): Reading {
  return { ...lemma, score: 0 };
}

/** уголовно-исполнительной when az misses it: keep the first parts, read the last one. */
function compoundReadings(
  folded: string,
  morph: AzMorph,
  realia: RealiaLexicon,
): Reading[] | undefined {
  const hyphen = folded.lastIndexOf('-');
  if (hyphen <= 0 || hyphen === folded.length - 1) return undefined;
  const head = readWord(folded.slice(hyphen + 1), morph, realia)[0];
  if (head === undefined || !head.known) return undefined;
  const prefix = folded.slice(0, hyphen + 1);
  return [
    { lemma: prefix + head.lemma, pos: head.pos, known: false, source: 'fallback', score: 0 },
  ];
}

function dictionaryReadings(folded: string, morph: AzMorph): Reading[] {
  if (folded.length > AZ_MAX_LENGTH || hyphenCount(folded) > AZ_MAX_HYPHENS) return [];
  let parses: AzParse[];
  try {
    // stutter: 0, because legal texts do not stretch words (нееет) and the repair is costly.
    parses = morph(folded, { ignoreCase: true, parsers: DICTIONARY_PARSERS, typos: 0, stutter: 0 });
  } catch {
    // az is old untyped code; a word it chokes on is simply unknown to it.
    return [];
  }
  const byLemma = new Map<string, Reading>();
  for (const parse of parses) {
    const reading = readingOf(parse);
    if (reading === undefined) continue;
    const key = `${reading.lemma}\u0000${reading.pos ?? ''}`;
    const previous = byLemma.get(key);
    if (previous === undefined) byLemma.set(key, reading);
    else previous.score += reading.score;
  }
  return [...byLemma.values()].sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.lemma === folded) - Number(a.lemma === folded) ||
      a.lemma.localeCompare(b.lemma, 'ru'),
  );
}

function hyphenCount(word: string): number {
  let count = 0;
  for (const char of word) if (char === '-') count++;
  return count;
}

function readingOf(parse: AzParse): Reading | undefined {
  const tag = parse.tag;
  const normal = lemmaParse(parse);
  if (normal === false) return undefined;
  const raw = foldYo(String(normal));
  const lemma = isProperNoun(tag) ? capitalize(raw) : raw;
  const reading: Reading = {
    lemma,
    pos: posName(tag.POS),
    known: true,
    source: 'dictionary',
    score: parse.score > 0 ? parse.score : 0.001,
  };
  if (tag.POS === 'NOUN') {
    reading.gender = genderOf(normal.tag);
    reading.pluralOnly = normal.tag['Pltm'] === true;
  }
  if (tag.POS === 'ADJF' || tag.POS === 'PRTF') {
    reading.agree = (agreement) => agreeAdjective(parse, agreement) ?? lemma;
  }
  return reading;
}

/**
 * The dictionary form. A full participle keeps its own lemma
 * (уполномоченного → уполномоченный, as glossaries write it) instead of az's
 * infinitive (уполномочить).
 */
function lemmaParse(parse: AzParse): AzParse | false {
  const tag = parse.tag;
  if (tag.POS === 'PRTF') {
    const participle = parse.inflect({
      POS: 'PRTF',
      TEns: tagValue(tag, 'TEns'),
      VOic: tagValue(tag, 'VOic'),
      CAse: 'nomn',
      NMbr: 'sing',
      GNdr: 'masc',
    });
    if (participle !== false) return participle;
  }
  return parse.normalize();
}

function agreeAdjective(parse: AzParse, agreement: Agreement): string | undefined {
  const tag = parse.tag;
  const target: Record<string, string | undefined> = {
    POS: tag.POS,
    TEns: tagValue(tag, 'TEns'),
    VOic: tagValue(tag, 'VOic'),
    CAse: 'nomn',
    NMbr: agreement.plural ? 'plur' : 'sing',
  };
  if (!agreement.plural) target['GNdr'] = agreement.gender;
  const agreed = parse.inflect(target);
  return agreed === false ? undefined : foldYo(String(agreed));
}

function tagValue(tag: AzTag, grammeme: string): string | undefined {
  const value = tag[grammeme];
  return typeof value === 'string' ? value : undefined;
}

function genderOf(tag: AzTag): GrammaticalGender {
  const gender = tag['GNdr'];
  return gender === 'femn' || gender === 'neut' ? gender : 'masc';
}

function isProperNoun(tag: AzTag): boolean {
  return tag.isCapitalized() || tag['Orgn'] === true || tag['Trad'] === true;
}
