/**
 * Typed errors for input kazlex cannot use. Everything the pipeline can work
 * around is reported as a vfile message instead; these are thrown only when a
 * whole file (or the user's command) cannot be processed.
 */

export const ErrorCode = {
  USAGE: 'KZL_USAGE',
  NOT_FOUND: 'KZL_INGEST_NOT_FOUND',
  UNREADABLE: 'KZL_INGEST_UNREADABLE',
  TOO_LARGE: 'KZL_INGEST_TOO_LARGE',
  EMPTY: 'KZL_INGEST_EMPTY',
  BINARY: 'KZL_INGEST_BINARY',
  FORMAT: 'KZL_INGEST_FORMAT',
  ENCODING: 'KZL_INGEST_ENCODING',
  CORRUPT: 'KZL_INGEST_CORRUPT',
  ZIP_BOMB: 'KZL_INGEST_ZIP_BOMB',
  ENCRYPTED: 'KZL_INGEST_ENCRYPTED',
  NO_TEXT: 'KZL_INGEST_NO_TEXT',
  VALIDATION: 'KZL_VALIDATION',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface KazlexErrorOptions {
  file?: string | undefined;
  cause?: unknown;
}

export class KazlexError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, options: KazlexErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KazlexError';
    this.code = code;
    this.file = options.file;
  }

  /** One line for humans: `path: reason (code)`. */
  toLine(): string {
    return `${this.file ?? '<input>'}: ${this.message} (${this.code})`;
  }
}

/** Turns anything thrown into a one-line reason that names no stack frames. */
export function describeError(error: unknown): { code: string; reason: string } {
  if (error instanceof KazlexError) return { code: error.code, reason: error.message };
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const message = error instanceof Error ? error.message : String(error);
    return { code: error.code, reason: message };
  }
  return { code: 'KZL_INTERNAL', reason: error instanceof Error ? error.message : String(error) };
}
