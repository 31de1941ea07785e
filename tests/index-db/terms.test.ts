import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type IndexBackend, openIndexBackend } from '../../src/index-db/backend.js';
import { createTestSchema, postgresUrl, type TestSchema } from './postgres-test-schema.js';

const first = [
  { concept: 'kk:мәслихат', lang: 'kk', text: 'мәслихат' },
  { concept: 'ru:маслихат', lang: 'ru', text: 'маслихат' },
];
const second = [{ concept: 'kk:әкімдік', lang: 'kk', text: 'Әкімдік' }];

async function termsOf(index: IndexBackend) {
  return index.sql('SELECT concept, lang, text FROM terms ORDER BY concept');
}

let schemas: TestSchema[] = [];
afterEach(async () => {
  for (const schema of schemas) await schema.drop();
  schemas = [];
});

async function backends(): Promise<[string, IndexBackend][]> {
  const sqlite = path.join(await mkdtemp(path.join(tmpdir(), 'kazlex-terms-')), 'kazlex.db');
  const list: [string, IndexBackend][] = [['sqlite', await openIndexBackend(sqlite)]];
  if (postgresUrl) {
    const schema = await createTestSchema('terms');
    schemas.push(schema);
    list.push(['postgres', await openIndexBackend(schema.url)]);
  }
  return list;
}

describe('replaceTerms', () => {
  it('should replace the whole terms table, Kazakh letters intact, on every backend', async () => {
    for (const [kind, index] of await backends()) {
      try {
        await index.replaceTerms(first);
        expect(await termsOf(index), kind).toEqual(first);
        await index.replaceTerms(second);
        expect(await termsOf(index), kind).toEqual(second);
        await index.replaceTerms([]);
        expect(await termsOf(index), kind).toEqual([]);
      } finally {
        await index.close();
      }
    }
  });
});
