import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceCitation } from '../../src/pipeline/cite-document.js';
import { runCorpus } from '../../src/pipeline/run-corpus.js';
import type { CorpusSummary, DocumentRecord } from '../../src/pipeline/types.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
let out = '';
let summary: CorpusSummary;

async function doc(relative: string): Promise<DocumentRecord> {
  const entry = summary.files.find((f) => f.path === relative);
  if (!entry) throw new Error(`no entry for ${relative}`);
  return JSON.parse(await readFile(path.join(out, 'docs', `${entry.id}.json`), 'utf8'));
}

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'kazlex-sample-'));
  ({ summary } = await runCorpus({ inputs: ['corpus'], outDir: out, cwd: projectRoot }));
});

describe('the bundled sample corpus (what npm start shows)', () => {
  it('should process every sample file, detecting the Windows-1251 one', () => {
    expect(summary.totals.failed).toBe(0);
    expect(summary.files.length).toBeGreaterThanOrEqual(8);
    const cp1251 = summary.files.find((f) => f.path === 'corpus/ru/protokol-cp1251.txt');
    expect(cp1251?.encoding).toBe('windows-1251');
    expect(summary.files.find((f) => f.path === 'corpus/ru/reshenie-maslikhata.html')?.format).toBe(
      'html',
    );
  });

  it('should repair the damaged PDF extract and record every repair', async () => {
    const damaged = await doc('corpus/damaged/pdf-extract.txt');
    const rules = new Set(damaged.messages.map((m) => m.ruleId));
    for (const rule of [
      'glued-sentence',
      'line-end-hyphen',
      'hard-wrap',
      'nbsp',
      'latin-lookalike',
      'numero',
      'page-number',
      'running-head',
      'footnote-marker',
      'footnote-body',
    ]) {
      expect(rules, rule).toContain(rule);
    }
    expect(damaged.text).toContain('белгіленген. Мәслихат сессиясы');
    expect(damaged.text).toContain('правительство');
    expect(damaged.text).toContain('материально-технического');
    expect(damaged.text).toContain('Материалдық-техникалық');
    expect(damaged.text).toContain('бірінші');
    expect(damaged.text).not.toContain('хабаршысы');
    expect(damaged.footnotes[0]?.body).toBe('См.: Конституция Республики Казахстан, ст. 86.');
    expect(Object.keys(damaged.languages)).toEqual(expect.arrayContaining(['kk', 'ru']));
  });

  it('should find definitions and structure in the model regulations, in both languages', async () => {
    for (const [file, terms] of [
      ['corpus/kk/ulgi-erezhe.md', ['жергілікті қоғамдастық', 'мәслихат']],
      ['corpus/ru/tipovoe-polozhenie.md', ['местное сообщество', 'маслихат']],
    ] as const) {
      const record = await doc(file);
      const segments = record.segments as { definitions: { term: { text: string } }[] };
      expect(segments.definitions.map((d) => d.term.text)).toEqual(
        expect.arrayContaining([...terms]),
      );
    }
  });

  it('should write citation tables whose offsets slice the source', async () => {
    const lines = (await readFile(path.join(out, 'citations.jsonl'), 'utf8')).trim().split('\n');
    const citations = lines.map((line) => JSON.parse(line) as SourceCitation);
    const targets = citations.map((c) => c.target);
    expect(targets).toContain('/akn/kz/act/2001-01-23/148-ii/~art_39-3');
    for (const citation of citations) {
      const source = await readFile(path.join(projectRoot, citation.file));
      const text = citation.file.endsWith('cp1251.txt')
        ? new TextDecoder('windows-1251').decode(source)
        : citation.file.endsWith('.html')
          ? null
          : source.toString('utf8');
      if (text !== null) expect(text.slice(citation.start, citation.end)).toBe(citation.text);
    }
    const csv = await readFile(path.join(out, 'citations.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFfile,start,end,line')).toBe(true);
    expect(csv.split('\r\n').length - 2).toBeGreaterThanOrEqual(citations.length);
  });
});
