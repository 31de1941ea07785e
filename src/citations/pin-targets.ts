import { provisionIri } from './iri.js';
import type { Citation } from './types.js';

/**
 * Every provision IRI a resolved citation names, one per pin (`статьи 85–89`
 * gives five). Only these three fields are read, so a citation as written to
 * the outputs (with its file, without its mention) serves as well.
 */
export function pinTargets(citation: Pick<Citation, 'resolved' | 'target' | 'pins'>): string[] {
  if (!citation.resolved || !citation.target) return [];
  const work = citation.target.split('/~')[0]!;
  if (citation.pins.length === 0) return [work];
  return citation.pins.map((pin) => provisionIri(work, pin));
}
