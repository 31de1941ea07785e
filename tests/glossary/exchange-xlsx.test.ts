import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ErrorCode, KazlexError } from '../../src/errors.js';
import {
  columnName,
  exportCsv,
  exportXlsx,
  importCsv,
  importXlsx,
  parseCsv,
  readXlsxRows,
  readXml,
  XLSX_CONTENT_TYPES,
  type XmlElement,
} from '../../src/glossary/exchange/index.js';
import {
  ADMINISTRATIVE_STATUSES,
  type Concept,
  LANGUAGES,
  type Language,
  PARTS_OF_SPEECH,
  type Term,
  WORKFLOW_STATUSES,
} from '../../src/glossary/termbase/index.js';

const STAMP = { createdBy: 'x', createdAt: '2026-01-01', updatedBy: 'x', updatedAt: '2026-01-01' };
/** Import defaults that give back exactly STAMP. */
const STAMP_DEFAULTS = { by: 'x', at: '2026-01-01' };

/** Kazakh letters plus everything XML, CSV, the `|` separator or ST_Xstring must escape. */
const PIECES = [
  ...'аәбғдеқлмнңоөрсту ұүһіӘҒҚҢӨҰҮҺІ,.;"\'<>&|\\\n\r\t-«»0i',
  '\r\n',
  '_x0041_',
  '_x000D_',
  ']]>',
];
const text = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 20 })
  .map((a) => a.join(''))
  .filter((s) => s.trim() !== '');
const optionalText = fc.option(text, { nil: null });

const rawConcept = fc.record({
  subjectField: optionalText,
  note: optionalText,
  definitions: fc.record({ kk: text, ru: text, en: text }, { requiredKeys: [] }),
  terms: fc.array(
    fc.record({
      lang: fc.constantFrom(...LANGUAGES),
      text,
      administrativeStatus: fc.constantFrom(...ADMINISTRATIVE_STATUSES),
      partOfSpeech: fc.option(fc.constantFrom(...PARTS_OF_SPEECH), { nil: null }),
      workflowStatus: fc.constantFrom(...WORKFLOW_STATUSES),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});
type RawConcept = typeof rawConcept extends fc.Arbitrary<infer T> ? T : never;

/** Concepts in the form the spreadsheet reader derives: ids from the row, terms grouped kk, ru, en. */
function build(raw: RawConcept[]): Concept[] {
  return raw.map((c, i) => {
    const id = `c-${i + 1}`;
    const ordered = [...c.terms].sort(
      (a, b) => LANGUAGES.indexOf(a.lang) - LANGUAGES.indexOf(b.lang),
    );
    const terms = ordered.map(
      (t): Term => ({
        ...t,
        id: `${id}-${t.lang}-${ordered.filter((x) => x.lang === t.lang).indexOf(t) + 1}`,
        conceptId: id,
        sources: [],
        note: null,
        ...STAMP,
      }),
    );
    return {
      id,
      subjectField: c.subjectField,
      note: c.note,
      definitions: c.definitions,
      terms,
      ...STAMP,
    };
  });
}

function term(conceptId: string, lang: Language, text: string): Term {
  return {
    id: `${conceptId}-${lang}-1`,
    conceptId,
    lang,
    text,
    administrativeStatus: 'preferredTerm-admn-sts',
    partOfSpeech: 'noun',
    sources: [],
    workflowStatus: 'approved',
    note: null,
    ...STAMP,
  };
}

const SAMPLE: Concept[] = [
  {
    id: 'c-maslikhat',
    subjectField: 'жергілікті өзін-өзі басқару',
    definitions: { kk: ' облыстың, ауданның өкілді органы;\r\n"сайланады" <&> ' },
    note: null,
    terms: [term('c-maslikhat', 'kk', 'мәслихат'), term('c-maslikhat', 'ru', 'маслихат')],
    ...STAMP,
  },
  {
    id: 'c-akimat',
    subjectField: null,
    definitions: {},
    note: 'ғ қ ң ө ұ ү һ і',
    terms: [term('c-akimat', 'kk', 'әкімдік'), term('c-akimat', 'ru', 'акимат')],
    ...STAMP,
  },
];

function unzipParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(
    Object.entries(files).map(([name, data]) => [name, new TextDecoder().decode(data)]),
  );
}

function children(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

function thrown(run: () => unknown): KazlexError {
  try {
    run();
  } catch (error) {
    if (error instanceof KazlexError) return error;
    throw error;
  }
  throw new Error('expected a KazlexError');
}

describe('XLSX round trip', () => {
  it('should keep every CSV field through concepts → XLSX → concepts, with the CSV rows cell for cell', () => {
    fc.assert(
      fc.property(
        fc.array(rawConcept, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (raw, kazakhLatin) => {
          const concepts = build(raw);
          const options = { languages: LANGUAGES, kazakhLatin };
          const bytes = exportXlsx(concepts, options);
          expect(readXlsxRows(bytes)).toEqual(parseCsv(exportCsv(concepts, options)));
          const { concepts: read, warnings } = importXlsx(bytes, STAMP_DEFAULTS);
          expect(warnings).toEqual([]);
          const byId = new Map(read.map((c) => [c.id, c]));
          for (const concept of concepts) expect(byId.get(concept.id)).toEqual(concept);
          expect(read).toEqual(importCsv(exportCsv(concepts, options), STAMP_DEFAULTS).concepts);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('should write a literal _xHHHH_ so that it does not read back as an escaped character', () => {
    const sheet = unzipParts(exportXlsx([{ ...SAMPLE[1]!, note: 'a_x0041_b' }])).get(
      'xl/worksheets/sheet1.xml',
    );
    expect(sheet).toContain('a_x005F_x0041_b');
    expect(importXlsx(exportXlsx([{ ...SAMPLE[1]!, note: 'a_x0041_b' }])).concepts[0]?.note).toBe(
      'a_x0041_b',
    );
  });

  it('should refuse a cell longer than spreadsheets allow', () => {
    const long = { ...SAMPLE[1]!, note: 'ә'.repeat(32768) };
    expect(thrown(() => exportXlsx([long])).code).toBe(ErrorCode.VALIDATION);
  });
});

describe('XLSX package', () => {
  const bytes = exportXlsx(SAMPLE);
  const parts = unzipParts(bytes);

  it('should unzip to well-formed XML parts, each with its content type', () => {
    expect([...parts.keys()].sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ].sort(),
    );
    const trees = new Map([...parts].map(([name, xml]) => [name, readXml(xml)]));
    const types = trees.get('[Content_Types].xml')!;
    const defaults = new Map(
      children(types, 'Default').map((d) => [d.attributes.Extension, d.attributes.ContentType]),
    );
    const overrides = new Map(
      children(types, 'Override').map((o) => [o.attributes.PartName, o.attributes.ContentType]),
    );
    expect(overrides.get('/xl/workbook.xml')).toBe(XLSX_CONTENT_TYPES.workbook);
    expect(overrides.get('/xl/worksheets/sheet1.xml')).toBe(XLSX_CONTENT_TYPES.worksheet);
    expect(overrides.get('/xl/styles.xml')).toBe(XLSX_CONTENT_TYPES.styles);
    expect(defaults.get('rels')).toBe(XLSX_CONTENT_TYPES.relationships);
    for (const name of parts.keys()) {
      if (name === '[Content_Types].xml') continue;
      const typed =
        overrides.has(`/${name}`) || defaults.has(name.slice(name.lastIndexOf('.') + 1));
      expect(typed, name).toBe(true);
    }
    // Every relationship target is a part of the package.
    const rootRels = children(trees.get('_rels/.rels')!, 'Relationship');
    expect(rootRels.map((r) => r.attributes.Target)).toEqual(['xl/workbook.xml']);
    for (const r of children(trees.get('xl/_rels/workbook.xml.rels')!, 'Relationship')) {
      expect(parts.has(`xl/${r.attributes.Target}`)).toBe(true);
    }
  });

  it('should freeze the header row, set column widths, bold the header and write inline strings', () => {
    const sheet = readXml(parts.get('xl/worksheets/sheet1.xml')!);
    expect(
      sheet.children.filter((c) => typeof c !== 'string').map((c) => (c as XmlElement).name),
    ).toEqual(['dimension', 'sheetViews', 'cols', 'sheetData']);
    const pane = children(children(children(sheet, 'sheetViews')[0]!, 'sheetView')[0]!, 'pane')[0]!;
    expect(pane.attributes).toMatchObject({ ySplit: '1', topLeftCell: 'A2', state: 'frozen' });
    const header = parseCsv(exportCsv(SAMPLE))[0]!;
    const cols = children(children(sheet, 'cols')[0]!, 'col');
    expect(cols).toHaveLength(header.length);
    expect(Number(cols[1]!.attributes.width)).toBeGreaterThanOrEqual('subject_field'.length);
    const rows = children(children(sheet, 'sheetData')[0]!, 'row');
    const headerCells = children(rows[0]!, 'c');
    expect(headerCells.map((c) => c.attributes.r)).toEqual(
      header.map((_, i) => `${columnName(i)}1`),
    );
    for (const c of headerCells) expect(c.attributes.t).toBe('inlineStr');
    const styles = readXml(parts.get('xl/styles.xml')!);
    const xfs = children(children(styles, 'cellXfs')[0]!, 'xf');
    const headerFont = Number(xfs[Number(headerCells[0]!.attributes.s)]!.attributes.fontId);
    const fonts = children(children(styles, 'fonts')[0]!, 'font');
    expect(children(fonts[headerFont]!, 'b')).toHaveLength(1);
  });

  it('should name columns past Z like a spreadsheet', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnName)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook as LibreOffice/Excel save it: shared strings, gaps, the sheet in a non-default part. */
function savedWorkbook(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="Термины" sheetId="1" state="visible" r:id="rId3"/><sheet name="Other" sheetId="2" r:id="rId4"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId4" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="9" uniqueCount="9"><si><t xml:space="preserve">id</t></si><si><t>kk</t></si><si><t>ru</t></si><si><t>kk_status</t></si><si><r><rPr><b val="true"/><sz val="10"/></rPr><t>мәсли</t></r><r><t>хат</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si><si><t>маслихат</t></si><si><t>preferred</t></si><si><t xml:space="preserve"> ғ қ ң_x000D_
ө ұ ү һ і </t></si><si><t>&lt;&amp;&gt; "q"</t></si></sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>`,
    'xl/worksheets/sheet2.xml': sheetXml,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

const LIBREOFFICE_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr filterMode="false"/><dimension ref="A1:D6"/>
<sheetData>
<row r="1" customFormat="true" ht="20"/>
<row r="2" customFormat="false" ht="12.8"><c r="A2" s="0" t="s"><v>0</v></c><c r="B2" s="0" t="s"><v>1</v></c><c r="C2" s="0" t="s"><v>2</v></c><c r="D2" s="0" t="s"><v>3</v></c></row>
<row r="3"><c r="A3" s="0" t="n"><v>7</v></c><c r="B3" t="s"><v>4</v></c><c r="D3" t="s"><v>6</v></c></row>
<row r="5"><c r="A5" t="str"><f>"c-"&amp;"x"</f><v>c-x</v></c><c r="C5" t="s"><v>5</v></c><c r="B5" t="s"><v>7</v></c></row>
<row r="6"><c r="A6" t="inlineStr"><is><t>c-y</t></is></c><c t="s"><v>8</v></c></row>
</sheetData><pageMargins left="0.78" right="0.78" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>`;

describe('importXlsx of saved workbooks', () => {
  it('should read shared and rich strings, gaps, an empty formatted first row, numbers, formula results and the first sheet the workbook names', () => {
    expect(readXlsxRows(savedWorkbook(LIBREOFFICE_SHEET))).toEqual([
      ['id', 'kk', 'ru', 'kk_status'],
      ['7', 'мәслихат', '', 'preferred'],
      ['c-x', ' ғ қ ң\r\nө ұ ү һ і ', 'маслихат', ''],
      ['c-y', '<&> "q"', '', ''],
    ]);
    const { concepts, warnings } = importXlsx(savedWorkbook(LIBREOFFICE_SHEET), STAMP_DEFAULTS);
    expect(warnings).toEqual([]);
    expect(
      concepts.map((c) => [
        c.id,
        c.terms.map((t) => `${t.lang}:${t.text}:${t.administrativeStatus}`),
      ]),
    ).toEqual([
      ['7', ['kk:мәслихат:preferredTerm-admn-sts']],
      [
        'c-x',
        ['kk: ғ қ ң\r\nө ұ ү һ і :admittedTerm-admn-sts', 'ru:маслихат:admittedTerm-admn-sts'],
      ],
      ['c-y', ['kk:<&> "q":admittedTerm-admn-sts']],
    ]);
  });

  it('should read prefixed SpreadsheetML as the Open XML SDK writes it', () => {
    const sheet = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>id</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>kk</x:t></x:is></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>c-1</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>әкім</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(readXlsxRows(savedWorkbook(sheet))).toEqual([
      ['id', 'kk'],
      ['c-1', 'әкім'],
    ]);
  });

  it('should refuse a sheet without an id column as a format error', () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>kk</t></is></c></row></sheetData></worksheet>`;
    expect(thrown(() => importXlsx(savedWorkbook(sheet))).code).toBe(ErrorCode.FORMAT);
  });
});

describe('importXlsx of hostile or broken input', () => {
  it('should stop a package that inflates past the limit as a zip bomb', () => {
    const bomb = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'ә'.repeat(2_000_000)}</t></is></c></row></sheetData></worksheet>`;
    const bytes = savedWorkbook(bomb);
    expect(bytes.length).toBeLessThan(100_000);
    const error = thrown(() => importXlsx(bytes, { maxUncompressedBytes: 1_000_000 }));
    expect(error.code).toBe(ErrorCode.ZIP_BOMB);
  });

  it.each([
    ['not a zip', () => strToU8('id,kk\nc-1,әкім\n')],
    ['a truncated zip', () => exportXlsx(SAMPLE).slice(0, 300)],
    ['a malformed worksheet', () => savedWorkbook(`<worksheet xmlns="${MAIN}"><sheetData><row>`)],
    [
      'a missing shared string',
      () => savedWorkbook(LIBREOFFICE_SHEET.replace('<v>8</v>', '<v>99</v>')),
    ],
    ['a bad cell reference', () => savedWorkbook(LIBREOFFICE_SHEET.replace('r="C5"', 'r="5C"'))],
    ['a reference past XFD', () => savedWorkbook(LIBREOFFICE_SHEET.replace('r="C5"', 'r="XFE5"'))],
    [
      'no workbook part',
      () => {
        const files = unzipSync(exportXlsx(SAMPLE));
        delete files['xl/workbook.xml'];
        return zipSync(files);
      },
    ],
  ])('should refuse %s as corrupt', (_, make) => {
    expect(thrown(() => importXlsx(make())).code).toBe(ErrorCode.CORRUPT);
  });
});

/** soffice on PATH with its Calc component (a writer-only install cannot open spreadsheets). */
function findCalc(): string | undefined {
  const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  const soffice = which.stdout.trim();
  if (which.status !== 0 || soffice === '') return undefined;
  const program = dirname(realpathSync(soffice));
  return existsSync(join(program, 'libsclo.so')) ? soffice : undefined;
}
const soffice = findCalc();

describe.skipIf(soffice === undefined)('LibreOffice reads our XLSX', () => {
  it('should convert to CSV with the Kazakh cells intact', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'kazlex-xlsx-'));
    try {
      writeFileSync(join(dir, 'glossary.xlsx'), exportXlsx(SAMPLE, { kazakhLatin: true }));
      const run = spawnSync(
        soffice!,
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          // comma, double quote, UTF-8 (76), start at line 1
          'csv:Text - txt - csv (StarCalc):44,34,76,1',
          '--outdir',
          dir,
          join(dir, 'glossary.xlsx'),
        ],
        { encoding: 'utf8', timeout: 110_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const rows = parseCsv(readFileSync(join(dir, 'glossary.csv'), 'utf8'));
      const expected = parseCsv(exportCsv(SAMPLE, { kazakhLatin: true }));
      // LibreOffice writes line breaks inside cells as LF.
      const normalise = (table: string[][]) =>
        table.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n')));
      expect(normalise(rows)).toEqual(normalise(expected));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
