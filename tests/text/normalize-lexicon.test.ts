import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHyphenationLexicon, normalize, StepId } from '../../src/text/normalize/index.js';

interface LexiconFile {
  examples: { kept: string[]; joined: string[] };
}
const file = JSON.parse(
  readFileSync(new URL('../../data/lexicons/hyphenated-compounds.json', import.meta.url), 'utf8'),
) as LexiconFile;
const steps = [StepId.LINE_END_HYPHEN];

describe('data/lexicons/hyphenated-compounds.json', () => {
  it('should be lower case with one hyphen per compound', () => {
    const lexicon = loadHyphenationLexicon();
    for (const entry of [...lexicon.compounds, ...lexicon.prefixes, ...lexicon.suffixes]) {
      expect(entry).toBe(entry.toLowerCase());
    }
    for (const compound of lexicon.compounds) expect(compound.split('-').length).toBeGreaterThan(1);
  });

  it.each(file.examples.kept)('should keep the hyphen in %j', (example) => {
    expect(normalize(example, { steps }).text).toBe(example.replace('\n', ''));
  });

  it.each(file.examples.joined)('should join %j', (example) => {
    expect(normalize(example, { steps }).text).toBe(example.replace('-\n', ''));
  });

  it('should use a lexicon passed in the options instead of the default', () => {
    const lexicon = { compounds: ['пра-вительство'], prefixes: [], suffixes: [], suffixHosts: [] };
    expect(normalize('пра-\nвительство', { steps, lexicon }).text).toBe('пра-вительство');
    expect(normalize('өзін-\nөзі', { steps, lexicon }).text).toBe('өзінөзі');
  });
});
