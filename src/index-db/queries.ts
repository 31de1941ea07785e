/**
 * The questions `kazlex query` answers, as SQL over the index. Citations are
 * counted once each (`pin = 0`), however many provisions they list, except
 * where a provision is the thing counted.
 */
import type Database from 'better-sqlite3';
import { provisionIri } from '../citations/index.js';
import type { Registry } from '../citations/registry/index.js';
import { type ActKeys, resolveActArgument } from './act-argument.js';
import { provisionNumber } from './record-rows.js';
import type {
  CitationsByYearQuery,
  CitingDocumentsQuery,
  MostCitedQuery,
  Row,
  UnresolvedQuery,
} from './types.js';

export interface QueryContext {
  db: Database.Database;
  registry: () => Registry;
}

/**
 * `c.act_id IN (…)`: a registry act's rows carry its id, and a document's
 * own IRI is its rows' act_id, so the index on act_id answers both.
 */
function actCondition(keys: ActKeys): { sql: string; params: string[] } {
  const values = [...new Set([...keys.ids, ...keys.iris])];
  return { sql: `c.act_id IN (${values.map(() => '?').join(', ')})`, params: values };
}

const PROVISION_LABEL = `trim(coalesce('art ' || c.article, '') || coalesce(' para ' || c.paragraph, '')
  || coalesce(' subpara ' || c.subparagraph, ''))`;

export function citingDocuments(context: QueryContext, query: CitingDocumentsQuery): Row[] {
  const act = actCondition(resolveActArgument(query.act, { registry: context.registry() }));
  const conditions = [act.sql];
  const params: (string | null)[] = [...act.params];
  const article = provisionNumber(query.article);
  const paragraph = provisionNumber(query.paragraph);
  if (article !== null) {
    conditions.push('c.article = ?');
    params.push(article);
  }
  if (paragraph !== null) {
    conditions.push('c.paragraph = ?');
    params.push(paragraph);
  }
  return context.db
    .prepare(
      `WITH matching AS (
         SELECT c.doc, c.cite, ${PROVISION_LABEL} AS provision
         FROM citations c WHERE ${conditions.join(' AND ')}
       ), provisions AS (
         SELECT doc, provision FROM matching WHERE provision <> '' GROUP BY doc, provision
       )
       SELECT d.path, d.id, d.lang, d.date,
         (SELECT COUNT(DISTINCT m.cite) FROM matching m WHERE m.doc = d.id) AS citations,
         (SELECT group_concat(p.provision, ', ') FROM provisions p WHERE p.doc = d.id) AS provisions
       FROM documents d
       WHERE d.id IN (SELECT doc FROM matching)
       ORDER BY d.path`,
    )
    .all(...params) as Row[];
}

export function mostCited(context: QueryContext, query: MostCitedQuery): Row[] {
  const limit = Math.max(0, Math.floor(query.limit));
  const rows =
    query.level === 'article'
      ? (context.db
          .prepare(
            `SELECT c.act_id AS act, c.article, MAX(c.act_iri) AS iri,
               COUNT(DISTINCT c.doc || char(31) || c.cite) AS citations,
               COUNT(DISTINCT c.doc) AS documents
             FROM citations c
             WHERE c.act_id IS NOT NULL AND c.article IS NOT NULL
             GROUP BY c.act_id, c.article
             ORDER BY citations DESC, documents DESC, act, c.article
             LIMIT ?`,
          )
          .all(limit) as Row[])
      : (context.db
          .prepare(
            `SELECT c.act_id AS act, MAX(c.act_iri) AS iri, COUNT(*) AS citations,
               COUNT(DISTINCT c.doc) AS documents
             FROM citations c
             WHERE c.pin = 0 AND c.act_id IS NOT NULL
             GROUP BY c.act_id
             ORDER BY citations DESC, documents DESC, act
             LIMIT ?`,
          )
          .all(limit) as Row[]);
  return rows.map((row) => describeAct(context.registry(), row));
}

/**
 * Adds the act's title from the registry and, for an article, its provision
 * IRI. Shared with the PostgreSQL backend, so both return the same rows.
 */
export function describeAct(registry: Registry, row: Row): Row {
  const { iri, ...rest } = row;
  const act = typeof row.act === 'string' ? registry.byId(row.act) : undefined;
  const work = act?.iri ?? (typeof iri === 'string' ? iri : null);
  const title = act ? (latestTitle(act.titles.ru) ?? latestTitle(act.titles.kk)) : null;
  const described: Row = { ...rest, title };
  if (typeof row.article === 'string') {
    described.target = work ? provisionIri(work, { article: row.article }) : null;
  } else {
    described.iri = work;
  }
  return described;
}

function latestTitle(titles: readonly { text: string; validTo: string | null }[]): string | null {
  return (titles.find((title) => title.validTo === null) ?? titles.at(-1))?.text ?? null;
}

export function citationsByYear(context: QueryContext, query: CitationsByYearQuery = {}): Row[] {
  const act =
    query.act === undefined
      ? { sql: '1', params: [] }
      : actCondition(resolveActArgument(query.act, { registry: context.registry() }));
  return context.db
    .prepare(
      `SELECT coalesce(substr(d.date, 1, 4), 'unknown') AS year, COUNT(*) AS citations,
         SUM(c.lang = 'kk') AS kk, SUM(c.lang = 'ru') AS ru, COUNT(DISTINCT c.doc) AS documents
       FROM citations c JOIN documents d ON d.id = c.doc
       WHERE c.pin = 0 AND ${act.sql}
       GROUP BY year
       ORDER BY year = 'unknown', year`,
    )
    .all(...act.params) as Row[];
}

export function unresolved(context: QueryContext, query: UnresolvedQuery = {}): Row[] {
  return context.db
    .prepare(
      `SELECT d.path, c.line, c.start, c."end", c.lang, c.kind, c.text, c.reason
       FROM citations c JOIN documents d ON d.id = c.doc
       WHERE c.resolved = 0 AND c.pin = 0
       ORDER BY d.path, c.start
       LIMIT ?`,
    )
    .all(query.limit === undefined ? -1 : Math.max(0, Math.floor(query.limit))) as Row[];
}

export function documentsWithoutCitations(context: QueryContext): Row[] {
  return context.db
    .prepare(
      `SELECT d.path, d.id, d.lang, d.date, d.size
       FROM documents d
       WHERE d.status = 'ok' AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.doc = d.id)
       ORDER BY d.path`,
    )
    .all() as Row[];
}
