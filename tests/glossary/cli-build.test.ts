import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Concept, openTermBase } from '../../src/glossary/termbase/index.js';
import { hasShared, lawsDir } from '../helpers/shared.js';
import { runCli } from './cli-helpers.js';

describe.skipIf(!hasShared)('kazlex glossary build (Law 148-II, kk and ru)', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kazlex-glossary-build-'));
    mkdirSync(join(dir, 'laws'));
    for (const lang of ['kk', 'ru']) {
      copyFileSync(`${lawsDir}law-148-II.${lang}.md`, join(dir, 'laws', `law-148-II.${lang}.md`));
    }
    db = join(dir, 'glossary.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds aligned definition pairs as candidates with sources, once', async () => {
    const first = await runCli([
      'glossary',
      'build',
      join(dir, 'laws'),
      '--db',
      db,
      '--user',
      'builder',
      '--json',
    ]);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as { pairs: number; added: number };
    expect(summary.pairs).toBe(1);
    expect(summary.added).toBeGreaterThanOrEqual(15);
    const tb = openTermBase(db);
    const concepts: Concept[] = tb.listConcepts();
    tb.close();
    const pair = (kk: string) =>
      concepts
        .find((c) => c.terms.some((t) => t.lang === 'kk' && t.text === kk))
        ?.terms.find((t) => t.lang === 'ru')?.text;
    expect(pair('мәслихат')).toBe('маслихат');
    expect(pair('әкімдік')).toBe('акимат');
    expect(pair('жергілікті өзін-өзі басқару')).toBe('местное самоуправление');
    const term = concepts.flatMap((c) => c.terms).find((t) => t.text === 'әкім');
    expect(term?.workflowStatus).toBe('candidate');
    expect(term?.createdBy).toBe('builder');
    expect(term?.sources[0]?.document).toBe('law-148-II.kk.md');
    expect(term?.sources[0]?.start).toBeGreaterThan(0);
    const again = await runCli(['glossary', 'build', join(dir, 'laws'), '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, skipped: summary.added });
  });
});
