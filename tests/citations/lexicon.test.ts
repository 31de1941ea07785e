import { describe, expect, it } from 'vitest';
import { loadLexicon, tokenSequences } from '../../src/citations/lexicon.js';

describe('tokenSequences', () => {
  it('should split a hyphenated case ending the way the lexer reads it', () => {
    expect(tokenSequences([['қазақ', 'кср-ның']])).toEqual([['қазақ', 'кср', '-', 'ның']]);
  });

  it('should put the longest sequence (in tokens) first, so the longest match wins', () => {
    expect(tokenSequences([['кср'], ['қазақ', 'кср'], ['қазақ', 'кср-ның']])).toEqual([
      ['қазақ', 'кср', '-', 'ның'],
      ['қазақ', 'кср'],
      ['кср'],
    ]);
  });
});

describe('the Kazakh lexicon', () => {
  it('should hold no sequence the lexer could never produce', () => {
    const kk = loadLexicon('kk');
    for (const sequence of [...kk.republic, ...kk.foreign, ...kk.soviet]) {
      for (const value of sequence) expect(value === '-' || !value.includes('-'), value).toBe(true);
    }
  });
});
