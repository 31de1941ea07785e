import { describe, expect, it } from 'vitest';
import {
  exportCsv,
  exportOmegat,
  importCsv,
  importOmegat,
  OMEGAT_HEADER,
  parseCsv,
} from '../../src/glossary/exchange/index.js';
import type { Concept, Term } from '../../src/glossary/termbase/index.js';

const STAMP = { createdBy: 'a', createdAt: '2026-01-01', updatedBy: 'a', updatedAt: '2026-01-01' };

function term(
  conceptId: string,
  lang: Term['lang'],
  text: string,
  extra: Partial<Term> = {},
): Term {
  return {
    id: `${conceptId}-${text}`,
    conceptId,
    lang,
    text,
    administrativeStatus: 'admittedTerm-admn-sts',
    partOfSpeech: null,
    sources: [],
    workflowStatus: 'approved',
    note: null,
    ...STAMP,
    ...extra,
  };
}

function concept(id: string, terms: Term[], extra: Partial<Concept> = {}): Concept {
  return { id, subjectField: null, definitions: {}, note: null, terms, ...STAMP, ...extra };
}

const organ = concept(
  'c-organ',
  [
    term('c-organ', 'kk', 'өкілді орган', {
      administrativeStatus: 'preferredTerm-admn-sts',
      partOfSpeech: 'noun',
    }),
    term('c-organ', 'kk', 'өкілетті орган', { administrativeStatus: 'deprecatedTerm-admn-sts' }),
    term('c-organ', 'ru', 'представительный орган'),
    term('c-organ', 'ru', 'орган, "представительный"', { workflowStatus: 'rejected' }),
  ],
  { definitions: { kk: 'сайланатын орган,\nхалық атынан' } },
);
const akimat = concept('c-akimat', [
  term('c-akimat', 'kk', 'әкімдік'),
  term('c-akimat', 'ru', 'акимат'),
]);

describe('parseCsv', () => {
  it('should read RFC 4180 quoting, doubled quotes, CRLF and LF, embedded line breaks and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b,1","c ""q""\r\nd"\r\ne,,\nf')).toEqual([
      ['a', 'b,1', 'c "q"\r\nd'],
      ['e', '', ''],
      ['f'],
    ]);
  });

  it('should refuse an unterminated quoted field', () => {
    expect(() => parseCsv('a,"b')).toThrow(/quoted/);
  });
});

describe('exportCsv', () => {
  const csv = exportCsv([organ, akimat]);

  it('should write one row per concept in Kazakh order, with CRLF and quoted fields', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'id,subject_field,note,kk,kk_status,kk_pos,kk_workflow,kk_definition,ru,ru_status,ru_pos,ru_workflow,ru_definition',
    );
    expect(lines[1]?.startsWith('c-akimat,')).toBe(true);
    expect(csv).toContain(
      'өкілді орган|өкілетті орган,preferred|deprecated,noun|,approved|approved,',
    );
    expect(csv).toContain('"представительный орган|орган, ""представительный"""');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(exportCsv([akimat], { bom: true }).startsWith('\uFEFFid,')).toBe(true);
  });

  it('should escape the alternatives separator inside a term', () => {
    const piped = concept('c-p', [term('c-p', 'kk', 'а|б\\в')]);
    const back = importCsv(exportCsv([piped])).concepts[0]!;
    expect(back.terms.map((t) => t.text)).toEqual(['а|б\\в']);
  });
});

describe('importCsv', () => {
  it('should read a memoQ-style sheet with short and full status names and report unknown values', () => {
    const { concepts, warnings } = importCsv(
      'id,kk,kk_status,ru,ru_status,ru_pos\n,мәслихат|маслихат,preferred|forbidden,маслихат,admittedTerm-admn-sts,noun\n',
    );
    expect(concepts[0]?.id).toBe('c-1');
    expect(
      concepts[0]?.terms.map((t) => [t.lang, t.text, t.administrativeStatus, t.partOfSpeech]),
    ).toEqual([
      ['kk', 'мәслихат', 'preferredTerm-admn-sts', null],
      ['kk', 'маслихат', 'admittedTerm-admn-sts', null],
      ['ru', 'маслихат', 'admittedTerm-admn-sts', 'noun'],
    ]);
    expect(warnings).toEqual(['c-1/kk[1]: unknown status "forbidden", read as admitted']);
  });

  it('should refuse a sheet without an id header', () => {
    expect(() => importCsv('kk,ru\nа,б\n')).toThrow(/header/);
  });
});

describe('exportOmegat', () => {
  const tsv = exportOmegat([organ, akimat]);

  it('should write the header and source TAB target TAB comment, live pairs only', () => {
    const lines = tsv.trimEnd().split('\n');
    expect(lines[0]).toBe(OMEGAT_HEADER);
    expect(lines.slice(1)).toEqual([
      'әкімдік\tакимат\t',
      'өкілді орган\tпредставительный орган\tсайланатын орган, халық атынан',
      'өкілетті орган\tпредставительный орган\t[deprecated] сайланатын орган, халық атынан',
    ]);
  });

  it('should read pairs back, grouping targets under one source', () => {
    const { concepts, warnings } = importOmegat(
      `\uFEFF${OMEGAT_HEADER}\nмәслихат\tмаслихат\tжергілікті\nМәслихат\tсобрание\n\nбұзылған жол\n`,
    );
    expect(warnings).toEqual(['line 5: expected source TAB target']);
    expect(concepts).toHaveLength(1);
    expect(concepts[0]?.note).toBe('жергілікті');
    expect(concepts[0]?.terms.map((t) => `${t.lang}:${t.text}`)).toEqual([
      'kk:мәслихат',
      'ru:маслихат',
      'ru:собрание',
    ]);
    const again = importOmegat(tsv).concepts;
    expect(again.map((c) => c.terms.map((t) => t.text))).toEqual([
      ['әкімдік', 'акимат'],
      ['өкілді орган', 'представительный орган'],
      ['өкілетті орган', 'представительный орган'],
    ]);
  });
});

describe('CSV extras', () => {
  it('should add a derived kk_latin column that import ignores', () => {
    const csv = exportCsv([organ, akimat], { kazakhLatin: true });
    const [header, first] = parseCsv(csv);
    expect(header?.at(-1)).toBe('kk_latin');
    expect(first?.at(-1)).toBe('äkımdık');
    expect(exportCsv(importCsv(csv).concepts)).toBe(
      exportCsv(importCsv(exportCsv([organ, akimat])).concepts),
    );
  });

  it('should skip a row without terms and say so', () => {
    const { concepts, warnings } = importCsv('id,kk,ru_definition\nc-1,,тек анықтама\nc-2,заң,\n');
    expect(concepts.map((c) => c.id)).toEqual(['c-2']);
    expect(warnings).toEqual(['c-1: skipped a row without terms']);
  });
});
