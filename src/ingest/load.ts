/** The I/O edge of ingest: one path in, its bytes checked, hashed and decoded. */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { ErrorCode, KazlexError } from '../errors.js';
import { extractText } from './extract.js';
import { formatOf } from './format.js';
import {
  DEFAULT_MAX_BYTES,
  formatMegabytes,
  type LoadedSource,
  type LoadOptions,
} from './types.js';

export async function loadSource(path: string, options: LoadOptions = {}): Promise<LoadedSource> {
  try {
    const format = formatOf(path);
    if (!format) throw new KazlexError(ErrorCode.FORMAT, 'unsupported file type');
    const bytes = await readLimited(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const { text, encoding } = await extractText(bytes, format, options);
    return { path, format, encoding, size: bytes.length, sha256, text };
  } catch (error) {
    throw await forFile(error, path);
  }
}

/**
 * Reads a regular file whole, refusing it before reading when it is over the
 * limit. Synchronous on purpose: for corpus-sized files fs/promises spent 1.5×
 * the CPU of these calls (bench/ingest), the stages after loading are CPU-bound,
 * and with `--workers` each file is read inside its worker thread anyway.
 */
async function readLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory())
      throw new KazlexError(ErrorCode.UNREADABLE, 'is a directory, not a file');
    if (!stats.isFile()) throw new KazlexError(ErrorCode.UNREADABLE, 'is not a regular file');
    if (stats.size > maxBytes) throw tooLarge(stats.size, maxBytes);
    // One byte more than the size shows a file that grew between stat and read.
    let buffer = Buffer.allocUnsafe(stats.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(length, maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw tooLarge(length, maxBytes);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): KazlexError {
  return new KazlexError(
    ErrorCode.TOO_LARGE,
    `file is ${formatMegabytes(size)}, over the ${formatMegabytes(maxBytes)} limit (--max-size)`,
  );
}

/** Gives every failure the file's path and a KazlexError code. */
async function forFile(error: unknown, path: string): Promise<unknown> {
  if (error instanceof KazlexError) {
    return new KazlexError(error.code, error.message, { file: path, cause: error.cause ?? error });
  }
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return (await isSymlink(path))
        ? new KazlexError(ErrorCode.UNREADABLE, 'is a broken symbolic link', {
            file: path,
            cause: error,
          })
        : new KazlexError(ErrorCode.NOT_FOUND, 'file not found (missing or removed)', {
            file: path,
            cause: error,
          });
    case 'EACCES':
    case 'EPERM':
      return new KazlexError(ErrorCode.UNREADABLE, 'permission denied', {
        file: path,
        cause: error,
      });
    case 'ELOOP':
      return new KazlexError(ErrorCode.UNREADABLE, 'symbolic link loop', {
        file: path,
        cause: error,
      });
    case 'EISDIR':
      return new KazlexError(ErrorCode.UNREADABLE, 'is a directory, not a file', {
        file: path,
        cause: error,
      });
    default:
      if (code.startsWith('E')) {
        const reason = error instanceof Error ? error.message : code;
        return new KazlexError(ErrorCode.UNREADABLE, `cannot read: ${reason}`, {
          file: path,
          cause: error,
        });
      }
      return error;
  }
}

async function isSymlink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}
