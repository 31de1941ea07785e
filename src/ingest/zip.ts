/**
 * A minimal ZIP reader for DOCX: finds entries through the central directory
 * and inflates only the ones asked for, counting output bytes while inflating
 * so a zip bomb is stopped by what it actually produces, not by what its
 * headers claim.
 */
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import { ErrorCode, KazlexError } from '../errors.js';
import { formatMegabytes } from './types.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  crc: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at once; deflate expands at most ~1032×. */
const INFLATE_CHUNK = 16 * 1024;

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

export class ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  private inflatedBytes = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly format: string,
    private readonly maxUncompressedBytes: number,
  ) {
    this.entries = readCentralDirectory(bytes, format);
  }

  /** The entry's bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const data = this.compressedData(entry);
    const content =
      entry.method === STORED
        ? this.stored(data)
        : entry.method === DEFLATED
          ? this.inflate(data, name)
          : undefined;
    if (!content) {
      throw this.corrupt(`${name} uses unsupported compression method ${entry.method}`);
    }
    if (crc32(content) >>> 0 !== entry.crc >>> 0) throw this.corrupt(`${name} fails its CRC check`);
    return content;
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const view = dataView(this.bytes);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
      throw this.corrupt(`the local header of ${entry.name} is missing`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw this.corrupt(`${entry.name} is truncated`);
    return this.bytes.subarray(start, end);
  }

  private stored(data: Uint8Array): Uint8Array {
    this.count(data.length);
    return data;
  }

  private inflate(data: Uint8Array, name: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      this.count(chunk.length);
      chunks.push(chunk);
      if (final) finished = true;
    });
    try {
      for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
        const end = Math.min(at + INFLATE_CHUNK, data.length);
        inflater.push(data.subarray(at, end), end === data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof KazlexError) throw error;
      throw this.corrupt(`${name} does not inflate (${describe(error)})`, error);
    }
    if (!finished) throw this.corrupt(`${name} is truncated`);
    return concat(chunks);
  }

  private count(bytes: number): void {
    this.inflatedBytes += bytes;
    if (this.inflatedBytes > this.maxUncompressedBytes) {
      throw new KazlexError(
        ErrorCode.ZIP_BOMB,
        `${this.format} would inflate past ${formatMegabytes(this.maxUncompressedBytes)} (zip bomb?)`,
      );
    }
  }

  private corrupt(detail: string, cause?: unknown): KazlexError {
    return new KazlexError(ErrorCode.CORRUPT, `${this.format} is corrupt: ${detail}`, { cause });
  }
}

function readCentralDirectory(bytes: Uint8Array, format: string): Map<string, ZipEntry> {
  const corrupt = (detail: string) =>
    new KazlexError(ErrorCode.CORRUPT, `${format} is corrupt: ${detail}`);
  const view = dataView(bytes);
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) {
    const isZip = bytes.length >= 4 && view.getUint32(0, true) === LOCAL_SIGNATURE;
    throw corrupt(isZip ? 'the zip archive is truncated' : 'not a zip archive');
  }
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) {
    const zip64 = readZip64End(bytes, view, eocd);
    if (!zip64) throw corrupt('the ZIP64 directory is missing');
    ({ count, offset } = zip64);
  }

  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw corrupt('the central directory is damaged');
    }
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    const entry: ZipEntry = {
      name,
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      declaredSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    applyZip64Extra(
      entry,
      bytes.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength),
    );
    if (flags & 0x1) throw new KazlexError(ErrorCode.ENCRYPTED, `${format} is encrypted`);
    entries.set(name, entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function readZip64End(bytes: Uint8Array, view: DataView, eocd: number) {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_EOCD_LOCATOR) return undefined;
  const end = Number(view.getBigUint64(locator + 8, true));
  if (end + 56 > bytes.length || view.getUint32(end, true) !== ZIP64_EOCD) return undefined;
  return {
    count: Number(view.getBigUint64(end + 32, true)),
    offset: Number(view.getBigUint64(end + 48, true)),
  };
}

/** ZIP64 moves sizes and offsets that overflow 32 bits into extra field 0x0001. */
function applyZip64Extra(entry: ZipEntry, extra: Uint8Array): void {
  const view = dataView(extra);
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value =
          field + 8 <= at + 4 + size && field + 8 <= extra.length
            ? Number(view.getBigUint64(field, true))
            : undefined;
        field += 8;
        return value;
      };
      if (entry.declaredSize === 0xffffffff) entry.declaredSize = next() ?? entry.declaredSize;
      if (entry.compressedSize === 0xffffffff)
        entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localHeaderOffset === 0xffffffff)
        entry.localHeaderOffset = next() ?? entry.localHeaderOffset;
    }
    at += 4 + size;
  }
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
