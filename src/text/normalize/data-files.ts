import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HyphenationLexicon } from './types.js';

// src/text/normalize → ../../../data ; dist/src/text/normalize → ../../../../data
function findLexiconsDir(): string {
  for (const up of ['../../../data/lexicons/', '../../../../data/lexicons/']) {
    const path = fileURLToPath(new URL(up, import.meta.url));
    try {
      readFileSync(`${path}hyphenated-compounds.json`);
      return path;
    } catch {}
  }
  return fileURLToPath(new URL('../../../data/lexicons/', import.meta.url));
}

let lexiconsDir: string | undefined;
const cache = new Map<string, unknown>();

function readLexicon<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    lexiconsDir ??= findLexiconsDir();
    value = JSON.parse(readFileSync(`${lexiconsDir}${name}`, 'utf8'));
    cache.set(name, value);
  }
  return value as T;
}

/** The default hyphenation lexicon, `data/lexicons/hyphenated-compounds.json`. */
export function loadHyphenationLexicon(): HyphenationLexicon {
  return readLexicon<HyphenationLexicon>('hyphenated-compounds.json');
}

/** Lower-case abbreviations after which `.X` is not a glued sentence. */
export function loadGluedSentenceExceptions(): ReadonlySet<string> {
  const key = 'glued-sentence-exceptions.set';
  let set = cache.get(key) as ReadonlySet<string> | undefined;
  if (!set) {
    set = new Set(
      readLexicon<{ abbreviations: string[] }>('glued-sentence-exceptions.json').abbreviations,
    );
    cache.set(key, set);
  }
  return set;
}
