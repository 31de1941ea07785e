import type { ActWord, Lexicon, UnitWord } from './lexicon.js';

/** What the lexicon says about one written form of a word. */
export interface WordTag {
  /** The lower-cased form. */
  value: string;
  unit: UnitWord | undefined;
  act: ActWord | undefined;
  /** `WORD_*` bits: the lexicon lists holding the form. */
  flags: number;
}

/** Tags a written form: lower-cases it and looks it up among unit and act words. */
export function tagOf(raw: string, lexicon: Lexicon): WordTag {
  const value = raw.toLowerCase();
  return {
    value,
    unit: lexicon.units.get(value),
    act: lexicon.acts.get(value) ?? fuzzyAct(value, lexicon),
    flags: lexicon.flags.get(value) ?? 0,
  };
}

const INITIAL_CAPACITY = 1 << 12;
/** Past this many forms the table starts afresh: memory stays bounded on unusual input. */
const MAX_CAPACITY = 1 << 18;

/**
 * The tags of word forms already seen, found straight from the text: legal texts repeat a small
 * vocabulary, and a form met before costs neither a slice, a lower-casing nor lexicon lookups.
 * Open addressing on a hash the tokenizer computes while it scans the letters.
 */
export class WordTagTable {
  private hashes = new Int32Array(INITIAL_CAPACITY);
  private keys: (string | undefined)[] = new Array(INITIAL_CAPACITY).fill(undefined);
  private tags: (WordTag | undefined)[] = new Array(INITIAL_CAPACITY).fill(undefined);
  private size = 0;

  constructor(private readonly lexicon: Lexicon) {}

  /** The tag of `text[start, end)`, whose hash (folded with `hashStep` from `HASH_SEED`) is `hash`. */
  lookup(text: string, start: number, end: number, hash: number): WordTag {
    const mask = this.keys.length - 1;
    const length = end - start;
    const stored = storedHash(hash);
    for (let slot = home(stored, mask); ; slot = (slot + 1) & mask) {
      const h = this.hashes[slot]!;
      if (h === 0) break;
      if (h !== stored) continue;
      const key = this.keys[slot]!;
      if (key.length === length && sameChars(text, start, key)) return this.tags[slot]!;
    }
    const raw = text.slice(start, end);
    const tag = tagOf(raw, this.lexicon);
    if ((this.size + 1) * 2 > this.keys.length) this.resize();
    this.insert(stored, raw, tag);
    return tag;
  }

  /** `stored` is a hash as `storedHash` keeps it (never 0). */
  private insert(stored: number, key: string, tag: WordTag): void {
    const mask = this.keys.length - 1;
    let slot = home(stored, mask);
    while (this.hashes[slot] !== 0) slot = (slot + 1) & mask;
    this.hashes[slot] = stored;
    this.keys[slot] = key;
    this.tags[slot] = tag;
    this.size++;
  }

  private resize(): void {
    const { hashes, keys, tags } = this;
    const capacity = keys.length >= MAX_CAPACITY ? INITIAL_CAPACITY : keys.length * 2;
    this.hashes = new Int32Array(capacity);
    this.keys = new Array(capacity).fill(undefined);
    this.tags = new Array(capacity).fill(undefined);
    this.size = 0;
    if (capacity === INITIAL_CAPACITY) return; // started afresh
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key !== undefined) this.insert(hashes[slot]!, key, tags[slot]!);
    }
  }
}

/** One step of the word hash over UTF-16 code units; the tokenizer folds it in as it scans. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 0x01000193) ^ code) | 0;
}

export const HASH_SEED = 0x811c9dc5 | 0;

/** 0 marks an empty slot in `hashes`, so a hash of 0 is stored as 1. */
function storedHash(hash: number): number {
  return hash === 0 ? 1 : hash;
}

/** The first slot to probe: the high bits are mixed in, the low ones alone follow the last letter. */
function home(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask;
}

function sameChars(text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++)
    if (text.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
  return true;
}

const tables = new WeakMap<Lexicon, WordTagTable>();

/** The table of one lexicon, shared by every document it reads. */
export function wordTagTable(lexicon: Lexicon): WordTagTable {
  let table = tables.get(lexicon);
  if (!table) {
    table = new WordTagTable(lexicon);
    tables.set(lexicon, table);
  }
  return table;
}

/** Misspelled act keywords (`Коноституциясының`): bounded edit distance against the long forms. */
function fuzzyAct(word: string, lexicon: Lexicon): ActWord | undefined {
  if (word.length < 8 || word.charCodeAt(0) !== 0x43a /* к */) return undefined;
  if (!word.includes('ститу') && !word.startsWith('кон')) return undefined;
  // the adjectives `конституциялық`, `конституционный` are not the Constitution
  if (
    word.startsWith('конституцил') ||
    word.startsWith('конституцион') ||
    word.startsWith('конституциял')
  ) {
    return undefined;
  }
  if (lexicon.constitutionalAdjective.has(word)) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const target of lexicon.fuzzyTargets) {
    const d = boundedDistance(word, target, 2);
    if (d < bestDistance) {
      bestDistance = d;
      best = target;
    }
  }
  if (best === undefined || bestDistance > (word.length >= 10 ? 2 : 1)) return undefined;
  return lexicon.acts.get(best);
}

/** Levenshtein distance with an early exit once every cell exceeds `limit` (returns limit + 1). */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
