import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/index.js';
import { hasShared, seedFiles, seedsDir } from '../helpers/shared.js';
import { kz1048Chars } from './fixtures.js';

describe.skipIf(!hasShared)('decodeBytes on the shared seeds', () => {
  it.each(seedFiles())('%s reads as UTF-8 and keeps its Kazakh letters', (name) => {
    const bytes = readFileSync(`${seedsDir}${name}`);
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toMatch(/^utf-8/);
    expect(text).toBe(bytes.toString('utf8').replace(/^\ufeff/, ''));
  });

  it.each(seedFiles())(
    '%s re-encoded in KZ-1048 is detected as KZ-1048 when it has Kazakh letters',
    (name) => {
      const original = readFileSync(`${seedsDir}${name}`, 'utf8');
      const table = kz1048Chars();
      const encodable = new Set(table);
      // Keep only characters the code page can hold, as a real KZ-1048 file would.
      const text = [...original].filter((char) => encodable.has(char)).join('');
      const bytes = Uint8Array.from(text, (char) => table.indexOf(char));
      const decoded = decodeBytes(bytes);
      const kazakh = /[әғқңөұүһі]/i.test(text);
      expect(decoded.encoding).toBe(kazakh ? 'kz-1048' : 'windows-1251');
      expect(decoded.text).toBe(text);
    },
  );
});
