/**
 * C-value (Frantzi, Ananiadou & Mima 2000, Int. J. Digit. Libr. 3:115–130):
 * C(a) = log₂|a| · f(a) for a phrase nested in no longer candidate, otherwise
 * log₂|a| · (f(a) − Σ_{b∈Tₐ} f(b) / |Tₐ|), where Tₐ are the longer candidates
 * that contain a. A phrase that only ever occurs inside one longer term scores 0.
 */
export interface CValueInput {
  key: string;
  /** Length in words (≥ 2: log₂ 1 = 0 gives single words no score). */
  length: number;
  frequency: number;
  /** Keys of the distinct longer candidates this one occurs inside. */
  nestedIn: readonly string[];
}

export function cValues(candidates: readonly CValueInput[]): Map<string, number> {
  const frequency = new Map(candidates.map((candidate) => [candidate.key, candidate.frequency]));
  const out = new Map<string, number>();
  for (const candidate of candidates) {
    const weight = Math.log2(candidate.length);
    const containers = [...new Set(candidate.nestedIn)].filter((key) => key !== candidate.key);
    if (containers.length === 0) {
      out.set(candidate.key, weight * candidate.frequency);
      continue;
    }
    const nestedTotal = containers.reduce((sum, key) => sum + (frequency.get(key) ?? 0), 0);
    out.set(candidate.key, weight * (candidate.frequency - nestedTotal / containers.length));
  }
  return out;
}
