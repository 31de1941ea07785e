import { describe, expect, it } from 'vitest';
import { createAggregator } from '../../src/report/aggregate.js';
import { buildReport } from '../../src/report/build-report.js';
import { indexDocuments } from '../../src/report/corpus-index.js';
import { selectNetwork } from '../../src/report/network-page.js';
import { CONSTITUTION, LAW, makeRecord, makeSummary } from './fixtures.js';
import { unbalancedTags } from './markup-check.js';

const kkSource =
  'Конституцияның 89-бабына және Конституцияның 89-бабының 1, 2-тармақтарына, Заңның 6-бабына сәйкес.';
const kk = makeRecord({
  id: 'kk-doc',
  path: 'corpus/kk/шешім.txt',
  lang: 'kk',
  source: kkSource,
  documentDate: '2024-03-15',
  citations: [
    {
      text: 'Конституцияның 89-бабына',
      target: `${CONSTITUTION}/~art_89`,
      actId: 'constitution-1995',
      actType: 'constitution',
      pins: [{ article: '89' }],
    },
    {
      text: 'Конституцияның 89-бабының 1, 2-тармақтарына',
      target: `${CONSTITUTION}/~art_89__para_1`,
      actId: 'constitution-1995',
      actType: 'constitution',
      pins: [
        { article: '89', paragraph: '1' },
        { article: '89', paragraph: '2' },
      ],
    },
    { text: 'Заңның 6-бабына', target: `${LAW}/~art_6`, pins: [{ article: '6' }] },
  ],
});

const ruSource =
  'согласно статье 86 Конституции и статье 6 Закона; пункт 1 настоящей статьи; Конституции без статьи.';
const ru = makeRecord({
  id: 'ru-doc',
  path: 'corpus/ru/reshenie.txt',
  source: ruSource,
  citations: [
    {
      text: 'статье 86 Конституции',
      target: `${CONSTITUTION}/~art_86`,
      actId: 'constitution-1995',
      actType: 'constitution',
      pins: [{ article: '86' }],
    },
    { text: 'статье 6 Закона', target: `${LAW}/~art_6`, pins: [{ article: '6' }] },
    {
      text: 'пункт 1 настоящей статьи',
      target: '/akn/kz/doc/ru-doc/~art_1__para_1',
      kind: 'self',
      pins: [{ article: '1', paragraph: '1' }],
    },
    // Unresolved, but the registry id maps to the constitution learned from the others.
    {
      text: 'Конституции без статьи',
      target: null,
      actId: 'constitution-1995',
      actType: 'constitution',
    },
  ],
});

const lawSource = 'Статья 6. Полномочия маслихата';
const law = makeRecord({
  id: 'law-doc',
  path: 'corpus/ru/zakon-148.md',
  source: lawSource,
  units: [{ eId: 'art_6', at: 'Статья 6' }],
  citations: [
    { text: 'Статья 6', target: `${LAW}/~art_6`, kind: 'self', pins: [{ article: '6' }] },
  ],
});

const records = [kk, ru, law];
const summary = makeSummary(records, [
  { path: 'corpus/bad.pdf', reason: 'PDF has no text layer <scan>', code: 'KZL_INGEST_NO_TEXT' },
]);
const sources = new Map([
  [kk.id, kkSource],
  [ru.id, ruSource],
  [law.id, lawSource],
]);
const documents = records.map((record) => ({ record, source: sources.get(record.id) ?? null }));

function bar(svgOrHtml: string, label: string): number | null {
  const escaped = label.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const match = new RegExp(
    `data-label="${escaped.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}" data-value="(\\d+)"`,
    'u',
  ).exec(svgOrHtml);
  return match ? Number(match[1]) : null;
}

function chart(html: string, title: string): string {
  const start = html.indexOf(`aria-label="${title}"`);
  if (start === -1) throw new Error(`no chart ${title}`);
  return html.slice(start, html.indexOf('</svg>', start));
}

describe('buildReport', () => {
  const pages = buildReport({ summary, documents });
  const index = pages.get('index.html') as string;

  it('should write the overview, tables, acts, network and one page per document', () => {
    expect([...pages.keys()].sort()).toEqual([
      'acts.html',
      'citations.html',
      'docs/kk-doc.html',
      'docs/law-doc.html',
      'docs/ru-doc.html',
      'index.html',
      'network.html',
    ]);
    for (const [path, html] of pages) {
      expect(unbalancedTags(html, { html: true }), path).toEqual([]);
      expect(html, path).toContain('<meta charset="utf-8">');
      expect(html, path).not.toMatch(/(?:src|href)="(?:https?:)?\/\//u);
    }
  });

  it('should list failures with their reasons and link every processed file', () => {
    expect(index).toContain('corpus/bad.pdf');
    expect(index).toContain('PDF has no text layer &lt;scan&gt;');
    expect(index).toContain('KZL_INGEST_NO_TEXT');
    expect(index).toContain(`href="docs/${encodeURIComponent('kk-doc')}.html"`);
    expect(index).toContain('corpus/kk/шешім.txt');
  });

  it('should count the most-cited acts, leaving self-references out', () => {
    const acts = chart(index, 'Most-cited acts');
    expect(bar(acts, 'Constitution 1995')).toBe(4);
    // The law is a corpus document, so it is labelled by its path.
    expect(bar(acts, 'corpus/ru/zakon-148.md')).toBe(2);
    expect(bar(acts, 'corpus/ru/reshenie.txt')).toBeNull();
  });

  it('should count articles once per citation, however many paragraphs it pins', () => {
    const articles = chart(index, 'Most-cited articles');
    expect(bar(articles, 'Constitution 1995, art. 89')).toBe(2);
    expect(bar(articles, 'Constitution 1995, art. 86')).toBe(1);
    expect(bar(articles, 'corpus/ru/zakon-148.md, art. 6')).toBe(2);
  });

  it('should count citations per year of the citing document and per language', () => {
    const years = chart(index, 'Citations per year of the citing document');
    expect(bar(years, '2024')).toBe(3);
    expect(bar(years, 'undated')).toBe(5);
    const langs = chart(index, 'Citations per language');
    expect(bar(langs, 'kk')).toBe(3);
    expect(bar(langs, 'ru')).toBe(5);
  });

  it('should put every citation in the searchable table, with a filter box', () => {
    const table = pages.get('citations.html') as string;
    expect(table.match(/<tr><td>/gu)).toHaveLength(8);
    expect(table).toContain('id="filter"');
    expect(table).toContain(`href="docs/ru-doc.html#c-3"`);
    expect(table).toContain('<script>');
  });

  it('should cap the table and say how many rows were left out', () => {
    const capped = buildReport({ summary, documents, maxTableRows: 2 }).get(
      'citations.html',
    ) as string;
    expect(capped.match(/<tr><td>/gu)).toHaveLength(2);
    expect(capped).toContain('first 2 of 8 citations');
  });

  it('should cap the files table on a large corpus and point to corpus.json', () => {
    const capped = buildReport({ summary, documents, maxFileRows: 1 }).get('index.html') as string;
    const files = capped.slice(capped.indexOf('id="files"'));
    expect(files.match(/<tr><td>/gu)).toHaveLength(1);
    expect(capped).toContain('Listing the first 1 of 4 files');
  });

  it('should give the acts page a section per act for citation links to land on', () => {
    const acts = pages.get('acts.html') as string;
    expect(acts).toContain('id="act-akn-kz-act-1995-08-30-constitution"');
    expect(acts).toContain('this act is in the corpus');
  });
});

describe('selectNetwork', () => {
  const corpusIndex = indexDocuments(records);
  const aggregator = createAggregator({ index: corpusIndex });
  for (const record of records) aggregator.add(record);
  const aggregate = aggregator.finish();

  it('should join documents to the acts they cite, a corpus act being its document', () => {
    const { nodes, edges } = selectNetwork(aggregate, corpusIndex, 40);
    const edge = (from: string, to: string) =>
      edges.find((e) => e.from === from && e.to === to)?.count;
    expect(edge('kk-doc', `act:${CONSTITUTION}`)).toBe(2);
    expect(edge('ru-doc', `act:${CONSTITUTION}`)).toBe(2);
    expect(edge('kk-doc', 'law-doc')).toBe(1);
    expect(edge('ru-doc', 'law-doc')).toBe(1);
    expect(edges.some((e) => e.from === e.to)).toBe(false);
    expect(nodes.find((n) => n.id === 'law-doc')?.kind).toBe('document-act');
    expect(nodes.find((n) => n.id === `act:${CONSTITUTION}`)?.kind).toBe('act');
  });

  it('should keep only the most connected nodes under the cap', () => {
    const { nodes, edges, omitted } = selectNetwork(aggregate, corpusIndex, 2);
    // Weights: the constitution 4, kk-doc and ru-doc 3 each (ties go by id), law-doc 2.
    expect(nodes.map((n) => n.id).sort()).toEqual([`act:${CONSTITUTION}`, 'kk-doc'].sort());
    expect(omitted).toBe(2);
    expect(edges).toEqual([{ from: 'kk-doc', to: `act:${CONSTITUTION}`, count: 2 }]);
  });
});
