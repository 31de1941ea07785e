/**
 * The `az` morphological analyser (OpenCorpora dictionaries), loaded once.
 * `az` ships as CommonJS without types, so it is required through
 * createRequire and described by the narrow interface below.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ErrorCode, KazlexError } from '../../errors.js';

/** An OpenCorpora tag: every grammeme is a field (`tag.NOUN === true`, `tag.GNdr === 'masc'`). */
export interface AzTag {
  readonly POS?: string;
  readonly [grammeme: string]: unknown;
  isCapitalized(): boolean;
  toString(): string;
}

export interface AzParse {
  readonly tag: AzTag;
  readonly score: number;
  readonly parser?: string;
  normalize(keepPOS?: boolean): AzParse | false;
  inflect(grammemes: Record<string, string | undefined>): AzParse | false;
  toString(): string;
}

export interface AzMorphConfig {
  ignoreCase?: boolean;
  parsers?: string[];
  typos?: number;
  stutter?: number;
}

export type AzMorph = (word: string, config?: AzMorphConfig) => AzParse[];

interface AzModule {
  Morph: AzMorph & {
    init(path: string, callback: (error: unknown) => void): void;
  };
}

const require = createRequire(import.meta.url);

/** node_modules/az/dicts, found from wherever az resolves (works from src and dist). */
export function defaultDictsPath(): string {
  return join(dirname(require.resolve('az')), '..', 'dicts');
}

const loading = new Map<string, Promise<AzMorph>>();

/**
 * Loads az's dictionaries from `dictsPath` once per process. az keeps them in
 * module-level state, so a second path replaces the first: use one path.
 */
export function loadAzMorph(dictsPath: string = defaultDictsPath()): Promise<AzMorph> {
  const cached = loading.get(dictsPath);
  if (cached !== undefined) return cached;
  const promise = new Promise<AzMorph>((resolve, reject) => {
    const az = require('az') as AzModule;
    az.Morph.init(dictsPath, (error) => {
      if (error) {
        loading.delete(dictsPath);
        reject(
          new KazlexError(ErrorCode.NOT_FOUND, `cannot load az dictionaries: ${String(error)}`, {
            file: dictsPath,
            cause: error,
          }),
        );
      } else resolve(az.Morph);
    });
  });
  loading.set(dictsPath, promise);
  return promise;
}
