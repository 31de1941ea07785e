/** The starter term base in data/glossary/seed-terms.json, used when no term base exists. */
import seedData from '../../../data/glossary/seed-terms.json' with { type: 'json' };
import type { ConceptInput } from '../termbase/index.js';

export interface SeedTermsData {
  description: string;
  concepts: ConceptInput[];
  examples: {
    text: string;
    ruleId: string | null;
    actual: string | null;
    expected: string | null;
  }[];
}

export function seedTerms(): SeedTermsData {
  return seedData as SeedTermsData;
}
