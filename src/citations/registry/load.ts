import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { KazlexError } from '../../errors.js';
import { createRegistry } from './lookup.js';
import { mergeActs } from './merge.js';
import { type ActInput, type ArticleTable, actFileSchema, articleTableSchema } from './schema.js';
import type { Act, ActExpression, Registry } from './types.js';

/**
 * Reads every `*.json` act file in `dir` (default: the project's data/acts/) and the article tables
 * in `dir/articles/`, validates them and returns the registry. Entries with the same id in several
 * files are merged (see mergeActs). Throws KazlexError(KZL_VALIDATION) on any invalid file.
 */
export function loadRegistry(dir?: string): Registry {
  return createRegistry(loadActs(dir ?? defaultActsDir()));
}

export function loadActs(dir: string): Act[] {
  const tables = new Map<string, ArticleTable>();
  const tablesDir = join(dir, 'articles');
  if (existsSync(tablesDir)) {
    for (const name of jsonFiles(tablesDir)) {
      const table = parseFile(join(tablesDir, name), articleTableSchema);
      tables.set(name.replace(/\.json$/, ''), table);
    }
  }
  const acts = new Map<string, Act>();
  for (const name of jsonFiles(dir)) {
    const file = join(dir, name);
    for (const input of parseFile(file, actFileSchema).acts) {
      const act = toAct(input, tables, file);
      const known = acts.get(act.id);
      acts.set(act.id, known ? mergeActs(known, act) : act);
    }
  }
  return [...acts.values()];
}

function toAct(input: ActInput, tables: Map<string, ArticleTable>, file: string): Act {
  const expressions: ActExpression[] = input.expressions.map((e) => {
    let articles = e.articles ?? [];
    if (e.articleTable) {
      const table = tables.get(e.articleTable);
      if (!table) {
        throw new KazlexError('KZL_VALIDATION', `unknown article table ${e.articleTable}`, {
          file,
        });
      }
      articles = table.articles;
    }
    return { id: e.id, validFrom: e.validFrom, validTo: e.validTo, articles };
  });
  const act: Act = {
    id: input.id,
    iri: input.iri,
    type: input.type,
    number: input.number,
    numberVariants: input.numberVariants,
    date: input.date,
    titles: input.titles,
    aliases: input.aliases,
    expressions,
    source: input.source,
  };
  if (input.issuer) act.issuer = input.issuer;
  return act;
}

function parseFile<T>(file: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new KazlexError('KZL_VALIDATION', 'not readable JSON', { file, cause });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new KazlexError(
      'KZL_VALIDATION',
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      {
        file,
      },
    );
  }
  return result.data;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** data/acts/ of the project, found from this module in the source tree or in dist/. */
export function defaultActsDir(): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'acts');
    if (existsSync(candidate)) return candidate;
    dir = join(dir, '..');
  }
  throw new KazlexError('KZL_VALIDATION', 'data/acts/ not found beside the package');
}
