import { readDocumentsData } from '../data-files.js';
import type { Bilingual, DocumentKind } from '../schema.js';

export type BodyType = 'session' | 'assembly' | 'gathering';

export interface Threshold {
  numerator: number;
  denominator: number;
  of: 'entitled' | 'present';
  compare: 'atLeast' | 'moreThan';
}

export interface BodyRules {
  label: Bilingual;
  quorum: Threshold;
  majority: Threshold;
  source: string;
}

export function bodyTypeOf(kind: Exclude<DocumentKind, 'decision'>): BodyType {
  return kind === 'session-minutes'
    ? 'session'
    : kind === 'assembly-minutes'
      ? 'assembly'
      : 'gathering';
}

export function bodyRules(body: BodyType): BodyRules {
  return readDocumentsData<{ bodies: Record<BodyType, BodyRules> }>('rules.json').bodies[body];
}

/** The smallest count that satisfies the threshold, computed in integers to avoid float drift. */
export function minimumCount(
  threshold: Threshold,
  counts: { entitled: number; present: number },
): number {
  const base = counts[threshold.of];
  const exact = base * threshold.numerator;
  // count*denominator >= exact (atLeast) or > exact (moreThan)
  const atLeast = Math.ceil(exact / threshold.denominator);
  if (threshold.compare === 'atLeast') return atLeast;
  return Math.floor(exact / threshold.denominator) + 1;
}

export function meets(
  threshold: Threshold,
  count: number,
  counts: { entitled: number; present: number },
): boolean {
  return count >= minimumCount(threshold, counts);
}
