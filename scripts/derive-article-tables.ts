/**
 * Derives the article tables of the 1995 and 2026 Constitutions and of Law 148-II from the
 * Markdown texts in ../shared/corpus/laws/ and writes them to data/acts/articles/.
 *
 *   npx tsx scripts/derive-article-tables.ts [--laws DIR] [--out DIR]
 *
 * Prints every kk/ru mismatch; the same list is stored in each table's `mismatches`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildArticleTable } from '../src/citations/registry/derive/article-table.js';
import { parseArticles } from '../src/citations/registry/derive/parse-articles.js';
import type { ArticleTable } from '../src/citations/registry/schema.js';

const TABLES = [
  { act: 'constitution-1995', kk: 'constitution-1995.kk.md', ru: 'constitution-1995.ru.md' },
  { act: 'constitution-2026', kk: 'constitution-2026.kk.md', ru: 'constitution-2026.ru.md' },
  { act: 'law-148-ii', kk: 'law-148-II.kk.md', ru: 'law-148-II.ru.md' },
] as const;

function argValue(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const lawsDir = argValue(
  '--laws',
  fileURLToPath(new URL('../../shared/corpus/laws/', import.meta.url)),
);
const outDir = argValue('--out', fileURLToPath(new URL('../data/acts/articles/', import.meta.url)));
mkdirSync(outDir, { recursive: true });

for (const spec of TABLES) {
  const kkText = readFileSync(`${lawsDir}/${spec.kk}`, 'utf8');
  const ruText = readFileSync(`${lawsDir}/${spec.ru}`, 'utf8');
  const { articles, mismatches } = buildArticleTable(
    parseArticles(kkText, 'kk'),
    parseArticles(ruText, 'ru'),
  );
  const table: ArticleTable = {
    act: spec.act,
    generatedBy: 'scripts/derive-article-tables.ts',
    sources: {
      kk: { file: `corpus/laws/${spec.kk}`, sha256: sha256(kkText) },
      ru: { file: `corpus/laws/${spec.ru}`, sha256: sha256(ruText) },
    },
    mismatches,
    articles,
  };
  writeFileSync(`${outDir}/${spec.act}.json`, `${JSON.stringify(table, null, 2)}\n`);
  const inserted = articles.filter((a) => a.inserted).length;
  const repealed = articles.filter((a) => a.repealed).length;
  const withParagraphs = articles.filter((a) => a.paragraphs).length;
  console.log(
    `${spec.act}: ${articles.length} articles (${inserted} inserted, ${repealed} repealed, ` +
      `${withParagraphs} with paragraphs), ${mismatches.length} kk/ru mismatches`,
  );
  for (const mismatch of mismatches) console.log(`  - ${mismatch}`);
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
