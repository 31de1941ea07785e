import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KazlexError } from '../../src/errors.js';
import {
  AdministrativeStatus,
  openTermBase,
  type TermBase,
  WorkflowStatus,
} from '../../src/glossary/termbase/index.js';

let dir: string;
let tb: TermBase;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kazlex-tb-'));
  clock = 0;
  let n = 0;
  tb = openTermBase(join(dir, 'glossary.db'), {
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString(),
    newId: (kind) => `${kind}-${++n}`,
  });
});

afterEach(() => {
  tb.close();
  rmSync(dir, { recursive: true, force: true });
});

function addMaslikhat(by = 'aigerim') {
  return tb.addConcept(
    {
      subjectField: 'local government',
      definitions: { kk: 'жергілікті өкілді орган', ru: 'местный представительный орган' },
      terms: [
        {
          lang: 'kk',
          text: 'мәслихат',
          partOfSpeech: 'noun',
          sources: [{ document: 'law-148-II.kk', start: 10, end: 18, sentence: 'Мәслихат – ...' }],
        },
        { lang: 'ru', text: 'маслихат', partOfSpeech: 'noun' },
      ],
    },
    by,
  );
}

describe('openTermBase', () => {
  it('should create the schema once and use WAL', () => {
    expect(tb.schemaVersion).toBe(1);
    tb.close();
    const db = new Database(join(dir, 'glossary.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
    tb = openTermBase(join(dir, 'glossary.db'));
    expect(tb.schemaVersion).toBe(1);
  });

  it('should refuse a database from a newer schema', () => {
    tb.close();
    const db = new Database(join(dir, 'glossary.db'));
    db.pragma('user_version = 99');
    db.close();
    expect(() => openTermBase(join(dir, 'glossary.db'))).toThrow(/newer/);
    tb = openTermBase(join(dir, 'other.db'));
  });
});

describe('TermBase', () => {
  it('should add a concept with its terms, defaults and stamps', () => {
    const concept = addMaslikhat();
    expect(concept.terms.map((t) => [t.lang, t.text])).toEqual([
      ['kk', 'мәслихат'],
      ['ru', 'маслихат'],
    ]);
    const kk = concept.terms[0]!;
    expect(kk.workflowStatus).toBe('candidate');
    expect(kk.administrativeStatus).toBe('admittedTerm-admn-sts');
    expect(kk.sources).toEqual([
      { document: 'law-148-II.kk', start: 10, end: 18, sentence: 'Мәслихат – ...' },
    ]);
    expect(kk.createdBy).toBe('aigerim');
    expect(tb.getConcept(concept.id)).toEqual(concept);
  });

  it('should approve, reject and edit terms with who and when', () => {
    const { terms } = addMaslikhat();
    const approved = tb.approve(terms[0]!.id, 'daniyar');
    expect(approved.workflowStatus).toBe(WorkflowStatus.APPROVED);
    expect(approved.updatedBy).toBe('daniyar');
    expect(approved.updatedAt > approved.createdAt).toBe(true);
    expect(tb.reject(terms[1]!.id, 'daniyar').workflowStatus).toBe('rejected');
    const edited = tb.updateTerm(terms[1]!.id, { text: 'Маслихат', note: 'capital' }, 'olga');
    expect(edited.text).toBe('Маслихат');
    expect(edited.workflowStatus).toBe('rejected');
  });

  it('should keep every change in an append-only history with before and after', () => {
    const concept = addMaslikhat();
    tb.approve(concept.terms[0]!.id, 'daniyar');
    tb.updateTerm(concept.terms[0]!.id, { partOfSpeech: 'other' }, 'olga');
    const history = tb.history(concept.id);
    expect(history.map((h) => [h.action, h.by])).toEqual([
      ['add-concept', 'aigerim'],
      ['approve', 'daniyar'],
      ['update-term', 'olga'],
    ]);
    const last = history[2]!;
    expect((last.before as { partOfSpeech: string }).partOfSpeech).toBe('noun');
    expect((last.after as { partOfSpeech: string }).partOfSpeech).toBe('other');
    tb.close();
    const db = new Database(join(dir, 'glossary.db'));
    expect(() => db.prepare('DELETE FROM history').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE history SET by = 'x'").run()).toThrow(/append-only/);
    db.close();
    tb = openTermBase(join(dir, 'glossary.db'));
  });

  it('should roll back a change that fails half-way', () => {
    const before = tb.listConcepts().length;
    expect(() =>
      tb.addConcept(
        {
          terms: [
            { lang: 'kk', text: 'әкім' },
            // biome-ignore lint/suspicious/noExplicitAny: an invalid value on purpose
            { lang: 'ru', text: 'аким', administrativeStatus: 'forbidden' as any },
          ],
        },
        'aigerim',
      ),
    ).toThrow(KazlexError);
    expect(tb.listConcepts().length).toBe(before);
    expect(tb.searchTerms('әкім')).toEqual([]);
  });

  it('should deprecate a term and add its approved replacement', () => {
    const concept = tb.addConcept({ terms: [{ lang: 'kk', text: 'өкілетті орган' }] }, 'aigerim');
    const { deprecated, replacement } = tb.deprecate(
      concept.terms[0]!.id,
      { replacement: 'өкілді орган' },
      'daniyar',
    );
    expect(deprecated.administrativeStatus).toBe(AdministrativeStatus.DEPRECATED);
    expect(replacement?.text).toBe('өкілді орган');
    expect(replacement?.administrativeStatus).toBe('preferredTerm-admn-sts');
    expect(replacement?.workflowStatus).toBe('approved');
    expect(tb.getConcept(concept.id)!.terms).toHaveLength(2);
  });

  it('should search by case-folded substring, exact matches first', () => {
    addMaslikhat();
    tb.addConcept({ terms: [{ lang: 'kk', text: 'аудан мәслихаты' }] }, 'aigerim');
    const hits = tb.searchTerms('МӘСЛИХАТ', 'kk');
    expect(hits.map((t) => t.text)).toEqual(['мәслихат', 'аудан мәслихаты']);
    expect(tb.searchTerms('маслихат', 'kk')).toEqual([]);
  });

  it('should report the same kk term under two concepts, and merging should clear it', () => {
    const a = addMaslikhat();
    const b = tb.addConcept(
      { definitions: { en: 'local assembly' }, terms: [{ lang: 'kk', text: 'Мәслихат' }] },
      'olga',
    );
    expect(tb.conflicts()).toEqual([
      {
        lang: 'kk',
        text: 'мәслихат',
        conceptIds: [a.id, b.id].sort(),
        termIds: expect.any(Array),
      },
    ]);
    const merged = tb.merge(a.id, b.id, 'daniyar');
    expect(merged.terms).toHaveLength(3);
    expect(merged.definitions).toEqual({ ...a.definitions, en: 'local assembly' });
    expect(tb.getConcept(b.id)?.id).toBe(a.id);
    expect(tb.listConcepts().map((c) => c.id)).toEqual([a.id]);
    expect(tb.conflicts()).toEqual([]);
    expect(tb.history(a.id).filter((h) => h.action === 'merge')).toHaveLength(2);
  });

  it('should ignore rejected terms in conflicts', () => {
    addMaslikhat();
    const b = tb.addConcept({ terms: [{ lang: 'kk', text: 'мәслихат' }] }, 'olga');
    tb.reject(b.terms[0]!.id, 'daniyar');
    expect(tb.conflicts()).toEqual([]);
  });

  it('should filter concepts by language and workflow status', () => {
    const a = addMaslikhat();
    tb.addConcept({ subjectField: 'courts', terms: [{ lang: 'ru', text: 'суд' }] }, 'olga');
    tb.approve(a.terms[0]!.id, 'daniyar');
    expect(tb.listConcepts({ lang: 'kk' }).map((c) => c.id)).toEqual([a.id]);
    expect(tb.listConcepts({ workflowStatus: 'approved' }).map((c) => c.id)).toEqual([a.id]);
    expect(tb.listConcepts({ subjectField: 'courts' })).toHaveLength(1);
    expect(tb.listConcepts()).toHaveLength(2);
  });

  it('should import whole concepts keeping ids and stamps, and replace on re-import', () => {
    const original = addMaslikhat();
    const copy = {
      ...original,
      id: 'c-imported',
      terms: original.terms.map((t, i) => ({ ...t, id: `t-imp-${i}`, conceptId: 'c-imported' })),
    };
    expect(tb.importConcepts([copy], 'import')).toEqual({ added: 1, replaced: 0 });
    expect(tb.getConcept('c-imported')).toEqual(copy);
    const changed = { ...copy, note: 'reviewed', terms: copy.terms.slice(0, 1) };
    expect(tb.importConcepts([changed], 'import')).toEqual({ added: 0, replaced: 1 });
    expect(tb.getConcept('c-imported')).toEqual(changed);
    expect(tb.history('c-imported').map((h) => h.action)).toEqual([
      'import-concept',
      'import-concept',
    ]);
  });

  it('should refuse a concept without terms', () => {
    expect(() => tb.addConcept({ terms: [] }, 'aigerim')).toThrow(/at least one term/);
  });

  it('should refuse a change without a user', () => {
    expect(() => addMaslikhat('  ')).toThrow(/user/);
    expect(tb.listConcepts()).toEqual([]);
  });
});
