import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinTargets } from '../../src/citations/index.js';
import { type CorpusIndex, openIndex, type Row } from '../../src/index-db/index.js';
import type { SourceCitation } from '../../src/pipeline/cite-document.js';
import type { DocumentRecord } from '../../src/pipeline/types.js';
import { citationsOf, runSampleCorpus, withoutCitations } from './sample-corpus.js';

let records: DocumentRecord[] = [];
let index: CorpusIndex;

beforeAll(async () => {
  const run = await runSampleCorpus();
  const first = run.records[0];
  if (!first) throw new Error('the sample corpus gave no documents');
  records = [...run.records, withoutCitations(first, 'bez-ssylok')];
  index = openIndex(path.join(run.outDir, 'kazlex.db'));
  for (const record of records) index.indexDocument(record);
});

afterAll(() => index?.close());

const all = (): { record: DocumentRecord; citation: SourceCitation }[] =>
  records.flatMap((record) => citationsOf(record).map((citation) => ({ record, citation })));

/** Expected `citingDocuments` rows, computed from the JSON: path → number of matching citations. */
function expectedCiting(act: string, article?: string, paragraph?: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { record, citation } of all()) {
    if (citation.act?.id !== act) continue;
    const pins = citation.pins.length > 0 ? citation.pins : [{}];
    const matches = pins.some(
      (pin: { article?: string; paragraph?: string }) =>
        (article === undefined || pin.article === article) &&
        (paragraph === undefined || pin.paragraph === paragraph),
    );
    if (matches) counts.set(record.path, (counts.get(record.path) ?? 0) + 1);
  }
  return counts;
}

function asCounts(rows: Row[]): Map<string, number> {
  return new Map(rows.map((row) => [String(row.path), Number(row.citations)]));
}

describe('the corpus index over the sample corpus', () => {
  it('should hold one citation row per pin, with the per-pin target', () => {
    const rows = index.sql(
      'SELECT doc, cite, pin, target, act_id FROM citations ORDER BY doc, cite, pin',
    );
    const expected = records.flatMap((record) =>
      citationsOf(record).flatMap((citation, cite) => {
        const targets = pinTargets(citation);
        return (citation.pins.length > 0 ? citation.pins : [{}]).map((_, pin) => ({
          doc: record.id,
          cite,
          pin,
          target: targets[pin] ?? (citation.resolved ? citation.target : null),
          act_id: citation.act?.id ?? null,
        }));
      }),
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows).toEqual(
      [...expected].sort((a, b) =>
        a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.cite - b.cite || a.pin - b.pin,
      ),
    );
  });

  it('should give each pin row the eId of its own provision', () => {
    const rows = index.sql(
      'SELECT article, paragraph, target FROM citations WHERE resolved = 1 AND article IS NOT NULL',
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const eId = `art_${row.article}${row.paragraph === null ? '' : `__para_${row.paragraph}`}`;
      expect(String(row.target).split('/~')[1]).toBe(eId);
    }
  });

  it('should hold every unit of the structure tree with its parent', () => {
    const count = (units: { children?: unknown[] }[]): number =>
      units.reduce(
        (sum, unit) => sum + 1 + count((unit.children ?? []) as { children?: unknown[] }[]),
        0,
      );
    for (const record of records) {
      const segments = record.segments as { units: { children?: unknown[] }[] };
      const [row] = index.sql(`SELECT COUNT(*) AS n FROM units WHERE doc = '${record.id}'`);
      expect(row?.n, record.path).toBe(count(segments.units));
    }
    const orphans = index.sql(
      'SELECT COUNT(*) AS n FROM units u WHERE u.parent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM units p WHERE p.id = u.parent AND p.doc = u.doc AND p.start <= u.start AND u."end" <= p."end")',
    );
    expect(orphans[0]?.n).toBe(0);
  });

  it('should keep Kazakh terms of definitions intact', () => {
    const expected = records
      .flatMap((record) =>
        (
          record.segments as { definitions: { term: { text: string }; lang: string }[] }
        ).definitions.map((definition) => `${definition.lang}:${definition.term.text}`),
      )
      .sort();
    const rows = index.sql("SELECT lang || ':' || term AS key FROM definitions ORDER BY key");
    expect(rows.map((row) => row.key)).toEqual(expected);
    expect(expected.some((key) => /[әғқңөұүһі]/.test(key))).toBe(true);
  });

  it('should find the documents citing Law 148-II art. 39-3 by id, number and IRI', () => {
    const expected = expectedCiting('law-148-ii', '39-3');
    expect(expected.size).toBeGreaterThan(2);
    for (const act of ['law-148-ii', '148-II', '№ 148-ІІ', '/akn/kz/act/2001-01-23/148-ii']) {
      expect(asCounts(index.citingDocuments({ act, article: '39-3' })), act).toEqual(expected);
    }
  });

  it('should narrow to a paragraph, and to the act as a whole without an article', () => {
    const byParagraph = expectedCiting('law-148-ii', '39-3', '6');
    expect(byParagraph.size).toBeGreaterThan(0);
    expect(
      asCounts(index.citingDocuments({ act: 'law-148-ii', article: '39-3', paragraph: '6' })),
    ).toEqual(byParagraph);
    expect(asCounts(index.citingDocuments({ act: 'constitution-1995' }))).toEqual(
      expectedCiting('constitution-1995'),
    );
    expect(index.citingDocuments({ act: 'law-148-ii', article: '999' })).toEqual([]);
  });

  it('should rank the most-cited acts and articles as the JSON counts them', () => {
    const byAct = new Map<string, { citations: number; docs: Set<string> }>();
    const byArticle = new Map<string, { citations: number; docs: Set<string> }>();
    const add = (map: typeof byAct, key: string, doc: string) => {
      const entry = map.get(key) ?? { citations: 0, docs: new Set<string>() };
      entry.citations += 1;
      entry.docs.add(doc);
      map.set(key, entry);
    };
    for (const { record, citation } of all()) {
      const act = citation.act?.id;
      if (!act) continue;
      add(byAct, act, record.path);
      for (const article of new Set(citation.pins.map((pin) => pin.article).filter(Boolean))) {
        add(byArticle, `${act} ${article}`, record.path);
      }
    }
    const ranked = (map: typeof byAct) =>
      [...map]
        .map(([key, value]) => ({ key, citations: value.citations, documents: value.docs.size }))
        .sort(
          (a, b) =>
            b.citations - a.citations || b.documents - a.documents || (a.key < b.key ? -1 : 1),
        );

    const acts = index.mostCited({ limit: 3, level: 'act' });
    expect(
      acts.map((row) => ({ key: row.act, citations: row.citations, documents: row.documents })),
    ).toEqual(ranked(byAct).slice(0, 3));
    expect(acts[0]?.title).toBeTypeOf('string');

    const articles = index.mostCited({ limit: 100, level: 'article' });
    expect(
      articles.map((row) => ({
        key: `${row.act} ${row.article}`,
        citations: row.citations,
        documents: row.documents,
      })),
    ).toEqual(ranked(byArticle));
    expect(articles[0]?.target).toBe(`/akn/kz/act/2001-01-23/148-ii/~art_${articles[0]?.article}`);
  });

  it('should count citations by the year of the citing document, unknown last', () => {
    const expected = new Map<string, { citations: number; kk: number; ru: number }>();
    for (const { record, citation } of all()) {
      const year =
        typeof record.documentDate === 'string' ? record.documentDate.slice(0, 4) : 'unknown';
      const entry = expected.get(year) ?? { citations: 0, kk: 0, ru: 0 };
      entry.citations += 1;
      entry[citation.lang] += 1;
      expected.set(year, entry);
    }
    const rows = index.citationsByYear();
    expect(rows.at(-1)?.year).toBe('unknown');
    expect(
      new Map(rows.map((row) => [row.year, { citations: row.citations, kk: row.kk, ru: row.ru }])),
    ).toEqual(expected);
    const constitution = index.citationsByYear({ act: 'constitution-1995' });
    const total = all().filter(({ citation }) => citation.act?.id === 'constitution-1995').length;
    expect(constitution.reduce((sum, row) => sum + Number(row.citations), 0)).toBe(total);
  });

  it('should list the unresolved citations with their reasons', () => {
    const expected = all()
      .filter(({ citation }) => !citation.resolved)
      .map(({ record, citation }) => ({
        path: record.path,
        start: citation.start,
        reason: citation.reason,
      }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
    expect(expected.length).toBeGreaterThan(0);
    const rows = index.unresolved();
    expect(rows.map((row) => ({ path: row.path, start: row.start, reason: row.reason }))).toEqual(
      expected,
    );
    expect(index.unresolved({ limit: 0 })).toEqual([]);
  });

  it('should list the documents without citations', () => {
    const expected = records
      .filter((record) => citationsOf(record).length === 0)
      .map((record) => record.path);
    expect(expected).toEqual(['corpus/extra/bez-ssylok.txt']);
    expect(index.documentsWithoutCitations().map((row) => row.path)).toEqual(expected);
  });
});
