/**
 * The questions of ../queries.ts in PostgreSQL's dialect, returning the same
 * rows in the same order: `string_agg` for `group_concat`, `COUNT(*) FILTER`
 * for SQLite's sum of booleans, `LIMIT NULL` for "no limit", and no output
 * aliases inside ORDER BY expressions (PostgreSQL allows them only bare).
 * Text columns are `COLLATE "C"`, so ORDER BY sorts as SQLite does.
 */
import type { Registry } from '../../citations/registry/index.js';
import { type ActKeys, resolveActArgument } from '../act-argument.js';
import { describeAct } from '../queries.js';
import { provisionNumber } from '../record-rows.js';
import type {
  CitationsByYearQuery,
  CitingDocumentsQuery,
  MostCitedQuery,
  Row,
  UnresolvedQuery,
} from '../types.js';
import type { SqlClient } from './sql-client.js';

export interface PostgresQueryContext {
  client: SqlClient;
  registry: () => Registry;
}

/** The act ids and IRIs `citations.act_id` may hold for the act, as one array parameter. */
function actValues(keys: ActKeys): string[] {
  return [...new Set([...keys.ids, ...keys.iris])];
}

const PROVISION_LABEL = `trim(coalesce('art ' || c.article, '') || coalesce(' para ' || c.paragraph, '')
  || coalesce(' subpara ' || c.subparagraph, ''))`;

async function rows(context: PostgresQueryContext, sql: string, values: unknown[]): Promise<Row[]> {
  return (await context.client.query(sql, values)).rows as Row[];
}

export async function citingDocuments(
  context: PostgresQueryContext,
  query: CitingDocumentsQuery,
): Promise<Row[]> {
  const acts = actValues(resolveActArgument(query.act, { registry: context.registry() }));
  const conditions = ['c.act_id = ANY($1::text[])'];
  const values: unknown[] = [acts];
  const article = provisionNumber(query.article);
  const paragraph = provisionNumber(query.paragraph);
  if (article !== null) {
    values.push(article);
    conditions.push(`c.article = $${values.length}`);
  }
  if (paragraph !== null) {
    values.push(paragraph);
    conditions.push(`c.paragraph = $${values.length}`);
  }
  return rows(
    context,
    `WITH matching AS (
       SELECT c.doc, c.cite, ${PROVISION_LABEL} AS provision
       FROM citations c WHERE ${conditions.join(' AND ')}
     ), provisions AS (
       SELECT doc, provision FROM matching WHERE provision <> '' GROUP BY doc, provision
     )
     SELECT d.path, d.id, d.lang, d.date,
       (SELECT COUNT(DISTINCT m.cite) FROM matching m WHERE m.doc = d.id) AS citations,
       (SELECT string_agg(p.provision, ', ' ORDER BY p.provision) FROM provisions p
        WHERE p.doc = d.id) AS provisions
     FROM documents d
     WHERE d.id IN (SELECT doc FROM matching)
     ORDER BY d.path`,
    values,
  );
}

export async function mostCited(
  context: PostgresQueryContext,
  query: MostCitedQuery,
): Promise<Row[]> {
  const limit = Math.max(0, Math.floor(query.limit));
  const found =
    query.level === 'article'
      ? await rows(
          context,
          `SELECT c.act_id AS act, c.article, MAX(c.act_iri) AS iri,
             COUNT(DISTINCT c.doc || chr(31) || c.cite) AS citations,
             COUNT(DISTINCT c.doc) AS documents
           FROM citations c
           WHERE c.act_id IS NOT NULL AND c.article IS NOT NULL
           GROUP BY c.act_id, c.article
           ORDER BY citations DESC, documents DESC, act, c.article
           LIMIT $1`,
          [limit],
        )
      : await rows(
          context,
          `SELECT c.act_id AS act, MAX(c.act_iri) AS iri, COUNT(*) AS citations,
             COUNT(DISTINCT c.doc) AS documents
           FROM citations c
           WHERE c.pin = 0 AND c.act_id IS NOT NULL
           GROUP BY c.act_id
           ORDER BY citations DESC, documents DESC, act
           LIMIT $1`,
          [limit],
        );
  return found.map((row) => describeAct(context.registry(), row));
}

export async function citationsByYear(
  context: PostgresQueryContext,
  query: CitationsByYearQuery = {},
): Promise<Row[]> {
  const acts =
    query.act === undefined
      ? null
      : actValues(resolveActArgument(query.act, { registry: context.registry() }));
  return rows(
    context,
    `SELECT year, COUNT(*) AS citations,
       COUNT(*) FILTER (WHERE lang = 'kk') AS kk, COUNT(*) FILTER (WHERE lang = 'ru') AS ru,
       COUNT(DISTINCT doc) AS documents
     FROM (
       SELECT coalesce(substr(d.date, 1, 4), 'unknown') AS year, c.lang, c.doc
       FROM citations c JOIN documents d ON d.id = c.doc
       WHERE c.pin = 0 AND ($1::text[] IS NULL OR c.act_id = ANY($1::text[]))
     ) AS cited
     GROUP BY year
     ORDER BY year = 'unknown', year`,
    [acts],
  );
}

export async function unresolved(
  context: PostgresQueryContext,
  query: UnresolvedQuery = {},
): Promise<Row[]> {
  const limit = query.limit === undefined ? null : Math.max(0, Math.floor(query.limit));
  return rows(
    context,
    `SELECT d.path, c.line, c.start, c."end", c.lang, c.kind, c.text, c.reason
     FROM citations c JOIN documents d ON d.id = c.doc
     WHERE c.resolved = 0 AND c.pin = 0
     ORDER BY d.path, c.start
     LIMIT $1::bigint`,
    [limit],
  );
}

export async function documentsWithoutCitations(context: PostgresQueryContext): Promise<Row[]> {
  return rows(
    context,
    `SELECT d.path, d.id, d.lang, d.date, d.size
     FROM documents d
     WHERE d.status = 'ok' AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.doc = d.id)
     ORDER BY d.path`,
    [],
  );
}
