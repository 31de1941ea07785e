import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportCsv,
  exportTbx3,
  importCsv,
  importTbx3,
  isValidTbxBasic,
  validateTbxBasic,
} from '../../src/glossary/exchange/index.js';
import {
  ADMINISTRATIVE_STATUSES,
  type Concept,
  LANGUAGES,
  type Language,
  openTermBase,
  PARTS_OF_SPEECH,
  type Stamp,
  type Term,
  WORKFLOW_STATUSES,
} from '../../src/glossary/termbase/index.js';

/** Kazakh-heavy text with the characters exchange formats must escape. */
const CHARS = [
  ...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяӘҒҚҢӨҰҮҺІ ,.;:-–«»"\'<>&|\\\n\t#0123456789iİıI',
];
const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 24 })
  .map((a) => a.join(''))
  .filter((s) => s.trim() !== '' && !s.startsWith('kazlex:'));
const optionalText = fc.option(text, { nil: null });
/** TBX dates are xs:date days, so stamps here are days. */
const stamp = fc.record({
  createdBy: fc.constantFrom('aigerim', 'daniyar', 'olga'),
  createdAt: fc.constantFrom('2026-01-01', '2026-01-02'),
  updatedBy: fc.constantFrom('aigerim', 'олжас'),
  updatedAt: fc.constantFrom('2026-03-01', '2026-03-02'),
});

function conceptArbitrary(withSources: boolean) {
  const source = fc.record(
    {
      document: fc.constantFrom('law-148-II.kk', 'seed 12.txt', 'ҚР Конституциясы'),
      start: fc.nat(5000),
      end: fc.nat(5000),
      sentence: text,
    },
    { requiredKeys: ['document'] },
  );
  const term = fc.record({
    lang: fc.constantFrom(...LANGUAGES),
    text,
    administrativeStatus: fc.constantFrom(...ADMINISTRATIVE_STATUSES),
    partOfSpeech: fc.option(fc.constantFrom(...PARTS_OF_SPEECH), { nil: null }),
    sources: fc.array(source, { maxLength: withSources ? 2 : 0 }),
    workflowStatus: fc.constantFrom(...WORKFLOW_STATUSES),
    note: withSources ? optionalText : fc.constant(null),
    stamp,
  });
  return fc
    .record({
      subjectField: optionalText,
      note: optionalText,
      definitions: fc.record({ kk: text, ru: text, en: text }, { requiredKeys: [] }),
      terms: fc.array(term, { minLength: 1, maxLength: 4 }),
      stamp,
    })
    .map((c): RawConcept => c);
}

type RawTerm = Omit<Term, 'id' | 'conceptId' | keyof Stamp> & { stamp: Stamp };
interface RawConcept {
  subjectField: string | null;
  note: string | null;
  definitions: Partial<Record<Language, string>>;
  terms: RawTerm[];
  stamp: Stamp;
}

/**
 * Model concepts in canonical form: terms grouped kk, ru, en. For TBX, terms
 * keep their own stamps and definitions exist only where terms are (a langSec
 * needs a termSec); for CSV, ids and stamps are what the CSV reader derives.
 */
function build(raw: RawConcept[], forTbx: boolean): Concept[] {
  return raw.map((c, i) => {
    const id = `c-${i + 1}`;
    const ordered = [...c.terms].sort(
      (a, b) => LANGUAGES.indexOf(a.lang) - LANGUAGES.indexOf(b.lang),
    );
    const terms = ordered.map((t, k): Term => {
      const { stamp: own, ...rest } = t;
      const perLang = ordered.filter((x) => x.lang === t.lang);
      return {
        ...rest,
        id: forTbx ? `t-${i + 1}-${k + 1}` : `${id}-${t.lang}-${perLang.indexOf(t) + 1}`,
        conceptId: id,
        ...(forTbx ? own : c.stamp),
      };
    });
    const langs = new Set(terms.map((t) => t.lang));
    const definitions = Object.fromEntries(
      Object.entries(c.definitions).filter(([lang]) => !forTbx || langs.has(lang as Language)),
    );
    return {
      id,
      subjectField: c.subjectField,
      note: c.note,
      definitions,
      terms,
      ...c.stamp,
    };
  });
}

function withTermBase<T>(use: (tb: ReturnType<typeof openTermBase>) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'kazlex-rt-'));
  const tb = openTermBase(join(dir, 'g.db'));
  try {
    return use(tb);
  } finally {
    tb.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('TBX v3 round trip', () => {
  it('should keep every field through TBX → term base → TBX, and every export should validate', () => {
    fc.assert(
      fc.property(fc.array(conceptArbitrary(true), { minLength: 1, maxLength: 5 }), (raw) => {
        const concepts = build(raw, true);
        const xml = exportTbx3(concepts);
        const file = validateTbxBasic(xml);
        expect(file.messages.map(String)).toEqual([]);
        expect(isValidTbxBasic(file)).toBe(true);
        const { concepts: read, warnings } = importTbx3(xml);
        expect(warnings).toEqual([]);
        const byId = new Map(read.map((c) => [c.id, c]));
        for (const concept of concepts) expect(byId.get(concept.id)).toEqual(concept);
        withTermBase((tb) => {
          tb.importConcepts(read, 'import');
          expect(exportTbx3(tb.listConcepts())).toBe(xml);
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('CSV round trip', () => {
  it('should keep every CSV field through CSV → term base → CSV', () => {
    fc.assert(
      fc.property(
        fc.array(conceptArbitrary(false), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (raw, bom) => {
          const concepts = build(raw, false);
          const csv = exportCsv(concepts, { bom, languages: LANGUAGES });
          const { concepts: read, warnings } = importCsv(csv, { by: 'x', at: '2026-01-01' });
          expect(warnings).toEqual([]);
          const strip = (c: Concept) => ({
            ...c,
            createdAt: '',
            createdBy: '',
            updatedAt: '',
            updatedBy: '',
            terms: c.terms.map((t) => ({
              ...t,
              createdAt: '',
              createdBy: '',
              updatedAt: '',
              updatedBy: '',
            })),
          });
          const byId = new Map(read.map((c) => [c.id, strip(c)]));
          for (const concept of concepts) expect(byId.get(concept.id)).toEqual(strip(concept));
          withTermBase((tb) => {
            tb.importConcepts(read, 'import');
            expect(exportCsv(tb.listConcepts(), { bom, languages: LANGUAGES })).toBe(csv);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
