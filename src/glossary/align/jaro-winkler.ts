import { createRequire } from 'node:module';

type JaroWinklerFn = (s1: string, s2: string, options?: { ignoreCase?: boolean }) => number;

// Deep import: loading `natural` itself pulls dozens of packages and prints
// dotenv lines to stdout; the distance module alone is self-contained.
// Despite its name it returns a similarity: 1 for equal strings, 0 for nothing in common.
const require = createRequire(import.meta.url);
const naturalJaroWinkler =
  require('natural/lib/natural/distance/jaro-winkler_distance.js') as JaroWinklerFn;

/**
 * Jaro-Winkler similarity (0–1) of two strings, compared per UTF-16 unit, which is
 * exact for Cyrillic (all in the BMP). Empty strings have similarity 0 to anything else.
 *
 * @example jaroWinkler('мәслихат', 'маслихат') // 0.925
 */
export function jaroWinkler(a: string, b: string): number {
  return naturalJaroWinkler(a, b);
}
