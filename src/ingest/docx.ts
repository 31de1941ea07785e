/**
 * DOCX → plain text: one line per paragraph of word/document.xml (table cells
 * included), with list numbers rebuilt from word/numbering.xml where the
 * paragraph carries w:numPr. Tracked deletions and field codes are skipped.
 */
import { ErrorCode, KazlexError } from '../errors.js';
import { decodeEntities } from './entities.js';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES, type LoadOptions } from './types.js';
import { ZipArchive } from './zip.js';

const DOCUMENT_PART = 'word/document.xml';
const NUMBERING_PART = 'word/numbering.xml';
const utf8 = new TextDecoder('utf-8');

export function docxToText(bytes: Uint8Array, options: LoadOptions = {}): string {
  rejectCompoundFile(bytes);
  const zip = new ZipArchive(
    bytes,
    'DOCX',
    options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES,
  );
  const document = zip.read(DOCUMENT_PART);
  if (!document) {
    throw new KazlexError(ErrorCode.CORRUPT, `DOCX is corrupt: ${DOCUMENT_PART} is missing`);
  }
  const numbering = zip.read(NUMBERING_PART);
  const numberer = new ListNumberer(numbering ? parseNumbering(utf8.decode(numbering)) : new Map());
  return documentXmlToText(utf8.decode(document), numberer);
}

const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Word saves password-protected DOCX files, and old .doc files, as OLE compound
 * files rather than zips; the encrypted ones carry an `EncryptionInfo` stream.
 */
function rejectCompoundFile(bytes: Uint8Array): void {
  if (!COMPOUND_FILE_SIGNATURE.every((byte, i) => bytes[i] === byte)) return;
  const encryptionInfo = Buffer.from('EncryptionInfo', 'utf16le');
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(encryptionInfo)) {
    throw new KazlexError(ErrorCode.ENCRYPTED, 'DOCX is encrypted');
  }
  throw new KazlexError(
    ErrorCode.CORRUPT,
    'DOCX is corrupt: it is an old binary Word (.doc) file, not a zip',
  );
}

const TOKEN = /<(\/?)([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;
const VAL = /\bw:val\s*=\s*"([^"]*)"/;
/**
 * Deleted revisions, field codes, and the legacy copy of a text box that Word
 * stores beside the modern one (mc:Fallback) are not document text.
 */
const SKIPPED_ELEMENTS = new Set(['del', 'delText', 'instrText', 'Fallback']);

/** Walks the XML once, collecting text runs per paragraph. */
export function documentXmlToText(xml: string, numberer: ListNumberer): string {
  const lines: string[] = [];
  let runs: string[] = [];
  let inText = false;
  let inParagraph = 0;
  let numId: string | undefined;
  let level = 0;
  let skipDepth = 0;

  for (const token of xml.matchAll(TOKEN)) {
    const [, slash, , localName, attributes = '', selfClosing, text] = token;
    if (text !== undefined) {
      if (inText && skipDepth === 0) runs.push(decodeEntities(text));
      continue;
    }
    const closing = slash === '/';
    const empty = selfClosing === '/';
    if (skipDepth > 0 && !SKIPPED_ELEMENTS.has(localName ?? '')) continue;
    switch (localName) {
      case 'p':
        if (!closing) {
          if (inParagraph > 0) lines.push(runs.join(''));
          runs = [];
          numId = undefined;
          level = 0;
          inParagraph++;
          if (empty) {
            lines.push('');
            inParagraph--;
          }
        } else if (inParagraph > 0) {
          const label = numId === undefined ? '' : numberer.next(numId, level);
          lines.push(label ? `${label} ${runs.join('')}` : runs.join(''));
          runs = [];
          inParagraph--;
        }
        break;
      case 't':
        inText = !closing && !empty;
        break;
      case 'tab':
        if (!closing && inParagraph > 0) runs.push('\t');
        break;
      case 'br':
      case 'cr':
        if (!closing && inParagraph > 0) runs.push('\n');
        break;
      case 'noBreakHyphen':
        if (!closing) runs.push('-');
        break;
      case 'numId':
        numId = VAL.exec(attributes)?.[1];
        break;
      case 'ilvl':
        level = Number(VAL.exec(attributes)?.[1] ?? 0) || 0;
        break;
      case 'del':
      case 'instrText':
      case 'delText':
      case 'Fallback':
        if (!empty) skipDepth += closing ? -1 : 1;
        if (skipDepth < 0) skipDepth = 0;
        break;
    }
  }
  if (inParagraph > 0) lines.push(runs.join(''));
  return lines.join('\n');
}

interface LevelFormat {
  format: string;
  text: string;
  start: number;
}

/** numId → the level formats of its abstract numbering, with start overrides applied. */
type Numbering = Map<string, LevelFormat[]>;

const ABSTRACT_NUM =
  /<w:abstractNum\b[^>]*w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g;
const LEVEL = /<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g;
const NUM = /<w:num\b[^>]*w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g;
const OVERRIDE = /<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g;

export function parseNumbering(xml: string): Numbering {
  const abstracts = new Map<string, LevelFormat[]>();
  for (const [, id, body = ''] of xml.matchAll(ABSTRACT_NUM)) {
    const levels: LevelFormat[] = [];
    for (const [, ilvl, levelBody = ''] of body.matchAll(LEVEL)) {
      levels[Number(ilvl)] = {
        format: childVal(levelBody, 'numFmt') ?? 'decimal',
        text: decodeEntities(childVal(levelBody, 'lvlText') ?? ''),
        start: Number(childVal(levelBody, 'start') ?? 1),
      };
    }
    abstracts.set(id ?? '', levels);
  }
  const numbering: Numbering = new Map();
  for (const [, numId, body = ''] of xml.matchAll(NUM)) {
    const abstractId = childVal(body, 'abstractNumId') ?? '';
    const levels = (abstracts.get(abstractId) ?? []).map((level) => ({ ...level }));
    for (const [, ilvl, overrideBody = ''] of body.matchAll(OVERRIDE)) {
      const start = childVal(overrideBody, 'startOverride');
      const level = levels[Number(ilvl)];
      if (start !== undefined && level) level.start = Number(start);
    }
    numbering.set(numId ?? '', levels);
  }
  return numbering;
}

function childVal(xml: string, name: string): string | undefined {
  return new RegExp(`<w:${name}\\b[^>]*w:val="([^"]*)"`).exec(xml)?.[1];
}

/** Counts list items per list and level, the way Word renders `%1.%2.` labels. */
export class ListNumberer {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly numbering: Numbering) {}

  next(numId: string, level: number): string {
    const levels = this.numbering.get(numId);
    if (!levels || numId === '0') return '';
    const format = levels[level];
    if (!format) return '';
    const counts = this.counters.get(numId) ?? [];
    this.counters.set(numId, counts);
    counts[level] = counts[level] === undefined ? format.start : counts[level] + 1;
    counts.length = level + 1;
    if (format.format === 'bullet') return '•';
    if (format.format === 'none') return '';
    return format.text.replace(/%(\d)/g, (whole, digit: string) => {
      const index = Number(digit) - 1;
      const shown = levels[index];
      if (!shown) return whole;
      return formatNumber(counts[index] ?? shown.start, shown.format);
    });
  }
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'russianLower':
      return letters(value, 'абвгдежзиклмнопрстуфхцчшщэюя');
    case 'russianUpper':
      return letters(value, 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ');
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    default:
      return String(value);
  }
}

function letters(value: number, alphabet: string): string {
  if (value < 1) return String(value);
  const letter = alphabet[(value - 1) % alphabet.length]!;
  return letter.repeat(Math.floor((value - 1) / alphabet.length) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  const parts: string[] = [];
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      parts.push(numeral);
      rest -= amount;
    }
  }
  return parts.join('');
}
