/**
 * What a document's results depend on besides its bytes: the code (the kazlex
 * version) and the rules in data/ (acts registry, citation lexicons and
 * patterns, normalization lexicons, abbreviations). A re-run skips a file only
 * when both are the same as when it was processed, so adding an act to the
 * registry or a form to a lexicon redoes the corpus instead of leaving stale
 * citations behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

/** data/ folders the corpus run never reads: document rendering has its own checks. */
const NOT_CORPUS_RULES = new Set(['documents']);

/** sha256 over every rules file's path (relative, `/`-separated) and bytes, in sorted order. */
export function fingerprintRules(dataDir: string): string {
  const hash = createHash('sha256');
  for (const file of rulesFiles(dataDir)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(dataDir, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function rulesFiles(dataDir: string): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dataDir, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(relative === '' && NOT_CORPUS_RULES.has(entry.name))) walk(name);
      } else if (entry.isFile()) files.push(name);
    }
  };
  walk('');
  // Sorted by code unit, not locale, so every machine gets the same order.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// src/pipeline → ../../data ; dist/src/pipeline → ../../../data
function findDataDir(): string {
  for (const up of ['../../data/', '../../../data/']) {
    const dir = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(path.join(dir, 'acts', 'core.json'))) return dir;
  }
  return fileURLToPath(new URL('../../data/', import.meta.url));
}

let cached: string | undefined;

/** The fingerprint of the project's own data/, computed once per process. */
export function rulesFingerprint(): string {
  cached ??= fingerprintRules(findDataDir());
  return cached;
}

/** What a journal line or a previous corpus.json must carry for its results to be reused. */
export function resultsVersion(): string {
  return `${VERSION}+rules.${rulesFingerprint()}`;
}
