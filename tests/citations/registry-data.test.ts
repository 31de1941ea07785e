import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticleTable } from '../../src/citations/registry/derive/article-table.js';
import { parseArticles } from '../../src/citations/registry/derive/parse-articles.js';
import { defaultActsDir, loadRegistry, WORK_IRI } from '../../src/citations/registry/index.js';
import { actFileSchema, articleTableSchema } from '../../src/citations/registry/schema.js';
import { hasShared, lawsDir } from '../helpers/shared.js';

const actsDir = defaultActsDir();
const actFiles = readdirSync(actsDir).filter((name) => name.endsWith('.json'));
const tableFiles = readdirSync(join(actsDir, 'articles')).filter((name) => name.endsWith('.json'));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const registry = loadRegistry();

describe('data/acts files', () => {
  it.each(actFiles)('act file %s matches the schema', (name) => {
    const result = actFileSchema.safeParse(readJson(join(actsDir, name)));
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues[0])).toBe(true);
  });

  it.each(tableFiles)('article table %s matches the schema', (name) => {
    const result = articleTableSchema.safeParse(readJson(join(actsDir, 'articles', name)));
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues[0])).toBe(true);
  });

  it('has no id twice within one file', () => {
    for (const name of actFiles) {
      const ids = actFileSchema.parse(readJson(join(actsDir, name))).acts.map((act) => act.id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });
});

describe('the loaded registry', () => {
  it('holds at least 40 acts, each with a source note', () => {
    expect(registry.acts.length).toBeGreaterThanOrEqual(40);
    for (const act of registry.acts) expect(act.source.trim().length, act.id).toBeGreaterThan(10);
  });

  it('gives every act a unique, well-formed work IRI', () => {
    const iris = registry.acts.map((act) => act.iri);
    expect(new Set(iris).size).toBe(iris.length);
    for (const iri of iris) expect(iri).toMatch(WORK_IRI);
  });

  it('keeps the date inside the IRI equal to the act date', () => {
    for (const act of registry.acts) {
      const date = /\/(\d{4}-\d{2}-\d{2}|undated)\/[^/]+$/.exec(act.iri)?.[1];
      expect(date, act.id).toBe(act.date ?? 'undated');
    }
  });

  it('lists the canonical number among the number variants', () => {
    for (const act of registry.acts) {
      if (act.number) expect(act.numberVariants, act.id).toContain(act.number);
    }
  });

  it('covers several kinds of act', () => {
    const kinds = new Set(registry.acts.map((act) => act.type));
    for (const kind of [
      'constitution',
      'constitutional-law',
      'code',
      'law',
      'decree',
      'resolution',
    ]) {
      expect(kinds.has(kind as never), kind).toBe(true);
    }
  });
});

describe('article tables', () => {
  const c1995 = registry.byId('constitution-1995')!;
  const c2026 = registry.byId('constitution-2026')!;
  const law = registry.byId('law-148-ii')!;
  const nums = (id: string) => registry.byId(id)!.expressions[0]!.articles.map((a) => a.num);

  it('gives the 1995 Constitution articles 1–99 plus 83-1, 94-1 and 94-2', () => {
    const list = nums('constitution-1995');
    for (let n = 1; n <= 99; n++) expect(list).toContain(String(n));
    expect(list.filter((num) => num.includes('-'))).toEqual(['83-1', '94-1', '94-2']);
    expect(list).toHaveLength(102);
  });

  it('gives the 2026 Constitution articles 1–96 and nothing inserted', () => {
    expect(nums('constitution-2026')).toEqual(Array.from({ length: 96 }, (_, i) => String(i + 1)));
  });

  it('includes the inserted articles of Law 148-II such as 39-3', () => {
    const list = nums('law-148-ii');
    expect(list).toEqual(expect.arrayContaining(['2-1', '19-1', '39-1', '39-3', '39-7', '41']));
    expect(law.expressions[0]!.articles.find((a) => a.num === '39-3')?.heading.ru).toBe(
      'Сходы местного сообщества и собрания местного сообщества',
    );
  });

  it('finds no article in one language only', () => {
    for (const name of tableFiles) {
      const table = articleTableSchema.parse(readJson(join(actsDir, 'articles', name)));
      expect(
        table.mismatches.filter((m) => /only$/.test(m)),
        name,
      ).toEqual([]);
    }
  });

  it('knows the paragraphs of the articles the resolver checks', () => {
    const at1995 = registry.expressionAt(c1995, '2020-01-01')!;
    const at2026 = registry.expressionAt(c2026, '2026-07-01')!;
    expect(registry.hasArticle(at1995, '89', '2')).toBe(true);
    expect(registry.hasArticle(at1995, '89', '9')).toBe(false);
    expect(registry.hasArticle(at2026, '89', '6')).toBe(true);
    expect(registry.hasArticle(at2026, '97')).toBe(false);
    expect(registry.hasArticle(registry.expressionAt(law, null)!, '39-3', '4')).toBe(true);
  });
});

describe.skipIf(!hasShared)('article tables against the texts', () => {
  const specs = [
    ['constitution-1995', 'constitution-1995'],
    ['constitution-2026', 'constitution-2026'],
    ['law-148-ii', 'law-148-II'],
  ] as const;
  const read = (file: string) => readFileSync(`${lawsDir}${file}`, 'utf8');

  it.each(specs)('%s: the committed table is what the script derives now', (id, file) => {
    const derived = buildArticleTable(
      parseArticles(read(`${file}.kk.md`), 'kk'),
      parseArticles(read(`${file}.ru.md`), 'ru'),
    );
    const committed = articleTableSchema.parse(readJson(join(actsDir, 'articles', `${id}.json`)));
    expect(committed.articles).toEqual(derived.articles);
    expect(committed.mismatches).toEqual(derived.mismatches);
  });

  it.each(specs)('%s: every kk and ru anchor names an article of the table', (id, file) => {
    // Independent of the heading parser: the `<a id="stN">` anchors the database puts before articles.
    const anchors = (text: string) =>
      [...text.matchAll(/<a id="st(\d+(?:-\d+)*)"><\/a>/g)].map((m) => m[1]);
    const kk = anchors(read(`${file}.kk.md`));
    const ru = anchors(read(`${file}.ru.md`));
    const table = registry.byId(id)!.expressions[0]!.articles.map((a) => a.num);
    // The source drops a few anchors (Law 148-II ru has no `st33`), so anchors must be a subset of
    // the table in each language, and the table may exceed their union by at most two.
    for (const num of [...kk, ...ru]) expect(table, `anchor st${num}`).toContain(num);
    expect(table.length - new Set([...kk, ...ru]).size).toBeLessThanOrEqual(2);
  });

  it('every act taken from the notes is written in a law text with its date and number', () => {
    const texts = ['law-148-II', 'constitution-1995', 'constitution-2026']
      .flatMap((file) => [read(`${file}.kk.md`), read(`${file}.ru.md`)])
      .join('\n');
    const generated = actFileSchema.parse(readJson(join(actsDir, 'notes.generated.json')));
    for (const act of generated.acts) {
      const [y, m, d] = act.date!.split('-');
      const dates = [`${d}.${m}.${y}`, `${y}.${m}.${d}`];
      expect(
        dates.some((date) => texts.includes(date)),
        act.id,
      ).toBe(true);
      if (act.number) {
        const digits = /^\d+/.exec(act.number)![0];
        const written = dates.some((date) =>
          new RegExp(`${date.replace(/\./g, '\\.')}\\s*(?:года\\s*)?[№N]\\s*${digits}\\b`).test(
            texts,
          ),
        );
        expect(written, act.id).toBe(true);
      }
    }
  });
});
