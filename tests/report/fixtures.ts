/** Small hand-made documents for the report builders' tests. */
import type { SourceCitation } from '../../src/pipeline/cite-document.js';
import type {
  CorpusEntry,
  CorpusSummary,
  DocumentRecord,
  MessageRecord,
} from '../../src/pipeline/types.js';

export interface CitationSpec {
  text: string;
  /** Which occurrence of `text` in the source (default 0). */
  occurrence?: number;
  target?: string | null;
  actId?: string | null;
  actType?: string;
  kind?: SourceCitation['kind'];
  lang?: SourceCitation['lang'];
  pins?: SourceCitation['pins'];
}

export interface RecordSpec {
  id: string;
  path: string;
  source: string;
  lang?: 'kk' | 'ru';
  documentDate?: string | null;
  citations?: CitationSpec[];
  definitions?: { term: string; definition: string }[];
  messages?: Partial<MessageRecord>[];
  units?: { eId: string; at: string }[];
}

export function rangeOf(
  source: string,
  text: string,
  occurrence = 0,
): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = source.indexOf(text, start + 1);
    if (start === -1) throw new Error(`fixture: ${text} not found`);
  }
  return { start, end: start + text.length };
}

export function makeRecord(spec: RecordSpec): DocumentRecord {
  const lang = spec.lang ?? 'ru';
  const citations: SourceCitation[] = (spec.citations ?? []).map((c) => {
    const { start, end } = rangeOf(spec.source, c.text, c.occurrence);
    const target = c.target === undefined ? null : c.target;
    return {
      file: spec.path,
      start,
      end,
      line: spec.source.slice(0, start).split('\n').length,
      text: c.text,
      lang: c.lang ?? lang,
      kind: c.kind ?? 'full',
      act:
        c.actId === null
          ? null
          : {
              type: c.actType ?? 'law',
              number: null,
              date: null,
              title: null,
              id: c.actId ?? (target ? (target.split('/~')[0] ?? null) : null),
            },
      pins: c.pins ?? [],
      target,
      resolved: target !== null,
      reason: target ? 'explicit act found in the registry' : 'act not in the registry',
      confidence: 0.9,
    };
  });
  const definitions = (spec.definitions ?? []).map((d) => {
    const term = rangeOf(spec.source, d.term);
    return {
      term: { ...term, text: d.term },
      definition: rangeOf(spec.source, d.definition),
      lang,
      kind: 'inline' as const,
      confidence: 0.9,
    };
  });
  const units = (spec.units ?? []).map((u) => {
    const { start } = rangeOf(spec.source, u.at);
    return {
      type: 'article',
      num: null,
      heading: null,
      eId: u.eId,
      start,
      end: spec.source.length,
      children: [],
    };
  });
  const messages: MessageRecord[] = (spec.messages ?? []).map((m) => ({
    ruleId: 'space-run',
    source: 'kazlex-normalize',
    reason: 'Collapsed 2 spaces into one',
    severity: 'info',
    line: 1,
    column: 1,
    start: null,
    end: null,
    actual: '  ',
    expected: ' ',
    ...m,
  }));
  return {
    id: spec.id,
    path: spec.path,
    sha256: 'f'.repeat(64),
    size: spec.source.length,
    format: 'txt',
    encoding: 'utf-8',
    languages: { [lang]: 1 },
    text: spec.source,
    paragraphs: [],
    footnotes: [],
    messages,
    segments: { lang, units, sentences: [], definitions },
    documentDate: spec.documentDate ?? null,
    citations,
  };
}

export function makeSummary(
  records: readonly DocumentRecord[],
  failed: { path: string; reason: string; code: string }[] = [],
): CorpusSummary {
  const ok: CorpusEntry[] = records.map((r) => ({
    path: r.path,
    id: r.id,
    status: 'ok',
    sha256: r.sha256,
    size: r.size,
    format: r.format,
    encoding: r.encoding,
    languages: r.languages,
    messages: { info: r.messages.length, warning: 0, error: 0 },
    reason: null,
    code: null,
  }));
  const bad: CorpusEntry[] = failed.map((f, i) => ({
    path: f.path,
    id: `failed-${i}`,
    status: 'failed',
    sha256: null,
    size: null,
    format: null,
    encoding: null,
    languages: {},
    messages: { info: 0, warning: 0, error: 1 },
    reason: f.reason,
    code: f.code,
  }));
  const files = [...ok, ...bad];
  return {
    tool: 'kazlex',
    version: 'test',
    rules: 'test',
    generatedAt: '2026-01-01T00:00:00.000Z',
    files,
    totals: { files: files.length, ok: ok.length, failed: bad.length, skipped: 0, bytes: 0 },
  };
}

export const CONSTITUTION = '/akn/kz/act/1995-08-30/constitution';
export const LAW = '/akn/kz/act/2001-01-23/148-ii';
