import type { Lang } from '../text/language.js';

/** A range in the decoded source text (UTF-16, end exclusive). */
export interface SourceRange {
  start: number;
  end: number;
}

export interface ParagraphRecord {
  /** Range in the normalized text. */
  start: number;
  end: number;
  /** The same paragraph in the source text. */
  source: SourceRange;
  lang: Lang;
  confidence: number;
}

export interface MessageRecord {
  ruleId: string | null;
  source: string | null;
  reason: string;
  severity: 'info' | 'warning' | 'error';
  line: number | null;
  column: number | null;
  start: number | null;
  end: number | null;
  actual: string | null;
  expected: string | null;
}

/** What `output/docs/<id>.json` holds. */
export interface DocumentRecord {
  id: string;
  path: string;
  sha256: string;
  size: number;
  format: string;
  encoding: string;
  languages: Partial<Record<Lang, number>>;
  text: string;
  paragraphs: ParagraphRecord[];
  footnotes: {
    marker: string;
    markerSource: SourceRange | null;
    body: string;
    bodySource: SourceRange;
  }[];
  messages: MessageRecord[];
  /** Later stages add their results under their own names (segments, citations, ...). */
  [stage: string]: unknown;
}

export type FileStatus = 'ok' | 'failed';

/** One line of `output/corpus.json`. */
export interface CorpusEntry {
  path: string;
  id: string;
  status: FileStatus;
  sha256: string | null;
  size: number | null;
  format: string | null;
  encoding: string | null;
  languages: Partial<Record<Lang, number>>;
  messages: { info: number; warning: number; error: number };
  /** Why the file failed, in one line; null when it did not. */
  reason: string | null;
  code: string | null;
}

export interface CorpusSummary {
  tool: string;
  version: string;
  /** Fingerprint of the rules in data/ the run used (see rules-fingerprint.ts). */
  rules: string;
  generatedAt: string;
  files: CorpusEntry[];
  totals: { files: number; ok: number; failed: number; skipped: number; bytes: number };
}
