/** Shapes shared by the ingest modules and the pipeline that calls them. */

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export interface LoadOptions {
  /** Files larger than this many bytes are refused before being read (default 50 MB). */
  maxBytes?: number;
  /** Total bytes a DOCX may inflate to, counted while inflating (default 200 MB). */
  maxUncompressedBytes?: number;
}

export interface LoadedSource {
  path: string;
  format: SourceFormat;
  /** 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'kz-1048' | 'docx' | 'pdf' */
  encoding: string;
  /** Bytes on disk. */
  size: number;
  /** Hex SHA-256 of the raw bytes. */
  sha256: string;
  /** The decoded source text; every later offset points into it. */
  text: string;
}

export interface DecodedText {
  text: string;
  encoding: string;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

/** `61.2 MB` style sizes for error messages. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
