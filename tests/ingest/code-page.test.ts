import { describe, expect, it } from 'vitest';
import {
  decodeKz1048,
  differingBytes,
  kz1048Table,
  readKz1048File,
} from '../../src/ingest/code-page.js';

const fromHex = (hex: string) =>
  Uint8Array.from(hex.split(' '), (byte) => Number.parseInt(byte, 16));

describe('KZ-1048 table (data/encodings/kz-1048.json)', () => {
  const file = readKz1048File();

  it('decodes every example in the data file', () => {
    expect(file.examples.length).toBeGreaterThan(5);
    for (const { bytes, text } of file.examples) {
      expect(decodeKz1048(fromHex(bytes))).toBe(text);
    }
  });

  it('lists all 128 upper bytes and has every Kazakh letter exactly once', () => {
    expect(Object.keys(file.upper)).toHaveLength(128);
    const decoded = Array.from(kz1048Table(), (unit) => String.fromCharCode(unit));
    for (const letter of 'әғқңөұүһіӘҒҚҢӨҰҮҺІ') {
      expect(decoded.filter((char) => char === letter)).toHaveLength(1);
    }
  });

  it('keeps ASCII and the Russian alphabet where Windows-1251 has them', () => {
    const table = kz1048Table();
    for (let byte = 0; byte < 0x80; byte++) expect(table[byte]).toBe(byte);
    for (let byte = 0xc0; byte <= 0xff; byte++) expect(table[byte]).toBe(0x410 + byte - 0xc0);
    expect(String.fromCharCode(table[0xa8]!, table[0xb8]!)).toBe('Ёё');
  });

  it('differs from Windows-1251 exactly on the bytes of the Kazakh letters', () => {
    const flags = differingBytes();
    const table = kz1048Table();
    const differing = [...flags.keys()].filter((byte) => flags[byte] === 1);
    const kazakhBytes = differing.map((byte) => String.fromCharCode(table[byte]!)).join('');
    expect([...kazakhBytes].sort().join('')).toBe([...'ҚҺқһҰұӘӨҒҮөғәҢңү'].sort().join(''));
  });
});
