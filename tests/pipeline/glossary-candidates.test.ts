import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isValidTbxBasic,
  validateTbxBasic,
} from '../../src/glossary/exchange/tbx-basic-validator.js';
import { importTbx3 } from '../../src/glossary/exchange/tbx3.js';
import {
  GLOSSARY_CSV_COLUMNS,
  type GlossaryCandidate,
  GlossaryCollector,
  type GlossaryItem,
  glossaryCsv,
  glossaryItems,
  glossaryTbx,
} from '../../src/pipeline/glossary-candidates.js';
import { runCorpus } from '../../src/pipeline/run-corpus.js';
import { projectRoot } from '../index-db/sample-corpus.js';

function item(term: string, overrides: Partial<GlossaryItem> = {}): GlossaryItem {
  return {
    lang: 'kk',
    term,
    kind: 'numbered',
    confidence: 0.9,
    definition: `${term} анықтамасы`,
    start: 0,
    end: term.length,
    ...overrides,
  };
}

describe('glossaryItems', () => {
  it('should read the term and its definition from the source by their ranges', () => {
    const source = 'мәслихат  –\nоблыс халқының өкілді органы.';
    const [found] = glossaryItems(source, [
      {
        term: { start: 0, end: 8, text: 'мәслихат' },
        definition: { start: 12, end: 40 },
        lang: 'kk',
        kind: 'inline',
        confidence: 0.9,
      },
    ]);
    expect(found).toMatchObject({ term: 'мәслихат', definition: 'облыс халқының өкілді органы' });
  });
});

describe('GlossaryCollector', () => {
  it('should merge a term across documents and case, count documents and occurrences apart', () => {
    const collector = new GlossaryCollector();
    collector.add('a.txt', [item('Мәслихат', { confidence: 0.8 }), item('мәслихат')]);
    collector.add('b.txt', [item('мәслихат', { confidence: 0.98, definition: 'ең жақсы' })]);
    collector.add('b.txt', [item('мәслихат', { lang: 'ru' })]);
    const [kk, ru] = collector.list();
    expect(kk).toMatchObject({
      lang: 'kk',
      term: 'Мәслихат',
      documents: 2,
      occurrences: 3,
      confidence: 0.98,
      definition: 'ең жақсы',
    });
    expect(kk?.sources.map((source) => source.document)).toEqual(['a.txt', 'a.txt', 'b.txt']);
    expect(ru).toMatchObject({ lang: 'ru', documents: 1 });
  });

  it('should list the most widely defined first, then in Kazakh alphabetical order', () => {
    const collector = new GlossaryCollector();
    collector.add('a', [item('әкім'), item('аудан'), item('ауыл'), item('өкіл')]);
    collector.add('b', [item('өкіл')]);
    expect(collector.list().map((candidate) => candidate.term)).toEqual([
      'өкіл',
      'аудан',
      'ауыл',
      'әкім',
    ]);
  });
});

describe('glossary exports', () => {
  const candidates: GlossaryCandidate[] = [
    {
      lang: 'kk',
      term: 'жергілікті қоғамдастық',
      kinds: ['numbered'],
      documents: 2,
      occurrences: 3,
      confidence: 0.98,
      definition: 'тұрғындардың жиынтығы, "шегінде"',
      sources: [{ document: 'corpus/kk/a.md', start: 10, end: 32 }],
    },
    {
      lang: 'ru',
      term: 'местное сообщество',
      kinds: ['inline', 'alias'],
      documents: 1,
      occurrences: 1,
      confidence: 0.9,
      definition: 'совокупность жителей',
      sources: [],
    },
  ];

  it('should write CSV with a BOM, quoting and the Kazakh letters intact', () => {
    const csv = glossaryCsv(candidates);
    expect(csv.startsWith('\uFEFFlang,term,')).toBe(true);
    expect(csv).toContain(
      'kk,жергілікті қоғамдастық,numbered,2,3,0.98,"тұрғындардың жиынтығы, ""шегінде""",corpus/kk/a.md:10-32\r\n',
    );
    expect(csv).toContain('ru,местное сообщество,inline alias,1,1,0.9,совокупность жителей,\r\n');
  });

  it('should write valid TBX-Basic that reads back as candidate terms with their definitions', () => {
    const xml = glossaryTbx(candidates, '2026-11-29T00:00:00.000Z');
    expect(isValidTbxBasic(validateTbxBasic(xml))).toBe(true);
    const { concepts } = importTbx3(xml);
    expect(
      concepts.map((concept) =>
        concept.terms.map((term) => [term.lang, term.text, term.workflowStatus]),
      ),
    ).toEqual([
      [['kk', 'жергілікті қоғамдастық', 'candidate']],
      [['ru', 'местное сообщество', 'candidate']],
    ]);
    expect(concepts[0]?.definitions.kk).toBe('тұрғындардың жиынтығы, "шегінде"');
  });
});

describe('a corpus run', () => {
  it('should write glossary candidates whose sources slice the source files to the term', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'kazlex-glossary-')), 'output');
    await runCorpus({ inputs: ['corpus'], outDir, cwd: projectRoot, workers: 2 });
    const lines = (await readFile(path.join(outDir, 'glossary-candidates.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as GlossaryCandidate);
    expect(
      lines.some(
        (candidate) => candidate.lang === 'kk' && candidate.term.toLowerCase() === 'мәслихат',
      ),
    ).toBe(true);
    expect(lines.some((candidate) => candidate.lang === 'ru')).toBe(true);
    for (const candidate of lines) {
      for (const source of candidate.sources) {
        const text = await readFile(path.join(projectRoot, source.document), 'utf8');
        const written = text.slice(source.start, source.end).replace(/\s+/g, ' ').trim();
        expect(written.toLowerCase()).toBe(candidate.term.toLowerCase());
      }
    }
    const tbx = await readFile(path.join(outDir, 'glossary-candidates.tbx'), 'utf8');
    expect(isValidTbxBasic(validateTbxBasic(tbx))).toBe(true);
  });

  it('should write empty candidate lists and no TBX when no document defines a term', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'kazlex-glossary-'));
    await mkdir(path.join(root, 'in'));
    await writeFile(path.join(root, 'in', 'a.txt'), 'Аудандық мәслихат шешім қабылдады.\n');
    const outDir = path.join(root, 'output');
    await runCorpus({ inputs: ['in'], outDir, cwd: root, workers: 1 });
    expect(await readFile(path.join(outDir, 'glossary-candidates.jsonl'), 'utf8')).toBe('');
    expect(await readFile(path.join(outDir, 'glossary-candidates.csv'), 'utf8')).toBe(
      `\uFEFF${GLOSSARY_CSV_COLUMNS.join(',')}\r\n`,
    );
    await expect(readFile(path.join(outDir, 'glossary-candidates.tbx'))).rejects.toThrow();
  });
});

describe('a re-run that skips every file as unchanged', () => {
  it('should write the same citation tables and glossary candidates from the documents on disk', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'kazlex-rerun-')), 'output');
    const read = (name: string) => readFile(path.join(outDir, name), 'utf8');
    const outputs = ['citations.jsonl', 'citations.csv', 'glossary-candidates.jsonl'];
    const first = await runCorpus({ inputs: ['corpus'], outDir, cwd: projectRoot, workers: 2 });
    const before = await Promise.all(outputs.map(read));
    expect(before[0]?.length).toBeGreaterThan(0);
    const again = await runCorpus({ inputs: ['corpus'], outDir, cwd: projectRoot, workers: 2 });
    expect(again.summary.totals.skipped).toBe(first.summary.totals.files);
    expect(await Promise.all(outputs.map(read))).toEqual(before);
    expect(again.glossary).toEqual(first.glossary);
  });
});

describe('a run whose index refuses the rows', () => {
  it('should fail, leave no partial tables, and complete when run again', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'kazlex-fail-')), 'output');
    await expect(
      runCorpus({
        inputs: ['corpus'],
        outDir,
        cwd: projectRoot,
        workers: 2,
        onIndexRows: () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    const names = await readdir(outDir);
    expect(
      names.filter((name) => name.startsWith('citations') || name.startsWith('.kazlex-tmp-')),
    ).toEqual([]);
    expect(names).not.toContain('corpus.json');
    const again = await runCorpus({ inputs: ['corpus'], outDir, cwd: projectRoot, workers: 2 });
    expect(again.summary.totals.failed).toBe(0);
    expect((await readFile(path.join(outDir, 'citations.jsonl'), 'utf8')).length).toBeGreaterThan(
      0,
    );
  });
});
