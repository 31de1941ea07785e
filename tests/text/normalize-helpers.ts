import { expect } from 'vitest';
import { type NormalizedText, normalize, type StepId } from '../../src/text/normalize/index.js';

/** Runs normalize (optionally a few steps) and checks what every result must satisfy. */
export function run(source: string, steps?: StepId[]): NormalizedText {
  const result = normalize(source, steps ? { steps } : {});
  for (const repair of result.repairs) {
    expect(source.slice(repair.source.start, repair.source.end)).toBe(repair.actual);
  }
  return result;
}

/** The source text a normalized substring came from (first occurrence). */
export function sourceOf(result: NormalizedText, needle: string): string {
  const at = result.text.indexOf(needle);
  expect(
    at,
    `expected ${JSON.stringify(needle)} in ${JSON.stringify(result.text)}`,
  ).toBeGreaterThanOrEqual(0);
  const range = result.map.toSource(at, at + needle.length);
  return result.source.slice(range.start, range.end);
}

export function ruleIds(result: NormalizedText): string[] {
  return result.repairs.map((repair) => repair.ruleId);
}
