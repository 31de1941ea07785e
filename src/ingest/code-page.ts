/**
 * Single-byte Cyrillic code pages: Windows-1251 (decoded by Node's TextDecoder)
 * and the Kazakh KZ-1048, decoded from the table in data/encodings/kz-1048.json.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type CyrillicCodePage = 'windows-1251' | 'kz-1048';

interface CodePageFile {
  upper: Record<string, string | null>;
  examples: { bytes: string; text: string }[];
}

/** The table file, found from this module so it works from both src and dist. */
export function readKz1048File(): CodePageFile {
  for (const up of ['../../data/encodings/', '../../../data/encodings/']) {
    const path = fileURLToPath(new URL(`${up}kz-1048.json`, import.meta.url));
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as CodePageFile;
    } catch {}
  }
  throw new Error('data/encodings/kz-1048.json is missing from the installation');
}

const REPLACEMENT = 0xfffd;
let kzTable: Uint16Array | undefined;

/** Byte → UTF-16 code unit for all 256 bytes of KZ-1048 (unassigned bytes give U+FFFD). */
export function kz1048Table(): Uint16Array {
  if (kzTable) return kzTable;
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 0x80; byte++) table[byte] = byte;
  table.fill(REPLACEMENT, 0x80);
  for (const [byteHex, codePoint] of Object.entries(readKz1048File().upper)) {
    if (codePoint !== null)
      table[Number.parseInt(byteHex, 16)] = Number.parseInt(codePoint.slice(2), 16);
  }
  kzTable = table;
  return table;
}

const utf16Decoder = new TextDecoder('utf-16le');
const cp1251Decoder = new TextDecoder('windows-1251');

export function decodeKz1048(bytes: Uint8Array): string {
  const table = kz1048Table();
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i]!]!;
  return utf16Decoder.decode(units);
}

export function decodeCodePage(bytes: Uint8Array, codePage: CyrillicCodePage): string {
  return codePage === 'kz-1048' ? decodeKz1048(bytes) : cp1251Decoder.decode(bytes);
}

let differing: Uint8Array | undefined;

/** 1 for every byte that KZ-1048 and Windows-1251 decode to different characters. */
export function differingBytes(): Uint8Array {
  if (differing) return differing;
  const table = kz1048Table();
  const flags = new Uint8Array(256);
  for (let byte = 0x80; byte < 0x100; byte++) {
    const cp1251 = cp1251Decoder.decode(Uint8Array.of(byte)).charCodeAt(0);
    // 0x98 is unassigned in both tables; only letters are evidence.
    if (cp1251 !== table[byte] && table[byte] !== REPLACEMENT) flags[byte] = 1;
  }
  differing = flags;
  return flags;
}
