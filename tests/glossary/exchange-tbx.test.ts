import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportTbx2,
  exportTbx3,
  importTbx2,
  importTbx3,
  isValidTbxBasic,
  readXml,
  validateTbxBasic,
} from '../../src/glossary/exchange/index.js';
import { type Concept, openTermBase } from '../../src/glossary/termbase/index.js';

function sampleConcepts(): Concept[] {
  const dir = mkdtempSync(join(tmpdir(), 'kazlex-tbx-'));
  let n = 0;
  const tb = openTermBase(join(dir, 'g.db'), {
    now: () => `2026-01-0${1 + (n % 9)}T10:00:00.000Z`,
    newId: (kind) => `${kind}-${++n}`,
  });
  try {
    const akimat = tb.addConcept(
      {
        subjectField: 'local government',
        definitions: { kk: 'облыстың атқарушы органы', ru: 'исполнительный орган области' },
        terms: [
          {
            lang: 'kk',
            text: 'әкімдік',
            partOfSpeech: 'noun',
            administrativeStatus: 'preferredTerm-admn-sts',
          },
          {
            lang: 'ru',
            text: 'акимат',
            partOfSpeech: 'noun',
            sources: [
              {
                document: 'law-148-II.ru',
                start: 5,
                end: 11,
                sentence: 'акимат – коллегиальный исполнительный орган',
              },
            ],
          },
        ],
      },
      'aigerim',
    );
    tb.approve(akimat.terms[0]!.id, 'daniyar');
    const organ = tb.addConcept(
      {
        note: 'Заңда «өкілді орган» деп жазылған',
        terms: [
          { lang: 'kk', text: 'өкілетті орган', sources: [{ document: 'seed-12.txt' }] },
          { lang: 'ru', text: 'представительный орган', note: 'Конституция, ст. 86' },
          { lang: 'en', text: 'representative body' },
        ],
      },
      'olga',
    );
    tb.deprecate(organ.terms[0]!.id, { replacement: 'өкілді орган' }, 'daniyar');
    tb.addConcept(
      {
        terms: [
          { lang: 'kk', text: 'аудан мәслихаты' },
          { lang: 'ru', text: 'маслихат района' },
        ],
      },
      'olga',
    );
    tb.addConcept(
      {
        terms: [
          { lang: 'kk', text: 'ғимарат' },
          { lang: 'ru', text: 'здание' },
        ],
      },
      'olga',
    );
    return tb.listConcepts();
  } finally {
    tb.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const LANG_ORDER = ['kk', 'ru', 'en'];
const day = <T extends { createdAt: string; updatedAt: string }>(x: T): T => ({
  ...x,
  createdAt: x.createdAt.slice(0, 10),
  updatedAt: x.updatedAt.slice(0, 10),
});
/**
 * What TBX keeps: terms grouped by language (kk, ru, en) in their order within
 * a language, and stamps to the day (TBX `<date>` is xs:date).
 */
function canonical(concepts: Concept[]): Concept[] {
  return concepts.map((c) =>
    day({
      ...c,
      terms: [...c.terms]
        .sort((a, b) => LANG_ORDER.indexOf(a.lang) - LANG_ORDER.indexOf(b.lang))
        .map(day),
    }),
  );
}

describe('exportTbx3', () => {
  const concepts = sampleConcepts();
  const xml = exportTbx3(concepts);

  it('should write a TBX-Basic DCA root in the ISO 30042:2019 namespace', () => {
    const root = readXml(xml);
    expect(root.name).toBe('tbx');
    expect(root.attributes).toEqual({
      type: 'TBX-Basic',
      style: 'dca',
      'xml:lang': 'kk',
      xmlns: 'urn:iso:std:iso:30042:ed-2',
    });
  });

  it('should pass the TBX-Basic validator', () => {
    const file = validateTbxBasic(xml);
    expect(file.messages.map(String)).toEqual([]);
  });

  it('should file concepts in Kazakh alphabetical order of their kk terms', () => {
    const heads = [
      ...xml.matchAll(
        /<langSec xml:lang="kk">\s*(?:<descrip[^>]*>[^<]*<\/descrip>\s*)?<termSec id="[^"]+">\s*<term>([^<]+)<\/term>/g,
      ),
    ].map((m) => m[1]);
    expect(heads).toEqual(
      ['аудан мәслихаты', 'ғимарат', 'әкімдік', 'өкілетті орган'].sort(
        new Intl.Collator('kk').compare,
      ),
    );
    expect(heads).toEqual(['аудан мәслихаты', 'әкімдік', 'ғимарат', 'өкілетті орган']);
  });

  it('should write stamps as xs:date days with who made them', () => {
    expect(xml).toMatch(
      /<transacGrp>\s*<transac type="transactionType">origination<\/transac>\s*<date>2026-01-0\d<\/date>\s*<transacNote type="responsibility">aigerim<\/transacNote>/,
    );
    expect(xml).not.toMatch(/<date>[^<]*T/);
  });

  it('should refuse to write a file TBX does not allow', () => {
    expect(() => exportTbx3([])).toThrow(/at least one concept/);
    expect(() => exportTbx3([{ ...concepts[0]!, terms: [] }])).toThrow(/no terms/);
  });

  it('should round-trip TBX v3 → model → TBX v3 without loss', () => {
    const { concepts: back, warnings } = importTbx3(xml);
    expect(warnings).toEqual([]);
    expect(exportTbx3(back)).toBe(xml);
    const byId = new Map(back.map((c) => [c.id, c]));
    for (const concept of canonical(concepts)) expect(byId.get(concept.id)).toEqual(concept);
  });

  it('should round-trip TBX v3 → term base → TBX v3 without loss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kazlex-tbx-'));
    const tb = openTermBase(join(dir, 'g.db'));
    try {
      tb.importConcepts(importTbx3(xml).concepts, 'import');
      expect(exportTbx3(tb.listConcepts())).toBe(xml);
    } finally {
      tb.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('exportTbx2', () => {
  const concepts = sampleConcepts();

  it('should write martif/termEntry/langSet/tig that reads back to the same concepts', () => {
    const xml = exportTbx2(concepts);
    expect(xml).toContain('<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">');
    const root = readXml(xml);
    expect(root.name).toBe('martif');
    expect(xml).toMatch(/<termEntry id="[^"]+">[\s\S]*<langSet xml:lang="kk">[\s\S]*<tig id=/);
    const byId = new Map(importTbx2(xml).concepts.map((c) => [c.id, c]));
    for (const concept of canonical(concepts)) expect(byId.get(concept.id)).toEqual(concept);
  });

  it('should write Weblate status words on request and read them back', () => {
    const xml = exportTbx2(concepts, { statusValues: 'weblate' });
    expect(xml).toContain('<termNote type="administrativeStatus">forbidden</termNote>');
    const back = importTbx2(xml).concepts.flatMap((c) => c.terms);
    expect(back.find((t) => t.text === 'өкілетті орган')?.administrativeStatus).toBe(
      'deprecatedTerm-admn-sts',
    );
  });
});

describe('importTbx3', () => {
  it('should read a hand-written file with groups, defaults and skipped languages', () => {
    const { concepts, warnings } = importTbx3(
      `<tbx type="TBX-Basic" style="dca" xml:lang="ru" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
        <text><body><conceptEntry id="c1">
          <langSec xml:lang="ru"><descripGrp><descrip type="definition">орган</descrip><admin type="source">ЗК</admin></descripGrp>
            <termSec><term>маслихат</term><termNote type="partOfSpeech">properNoun</termNote></termSec></langSec>
          <langSec xml:lang="de"><termSec><term>Maslichat</term></termSec></langSec>
        </conceptEntry><conceptEntry id="c2"><langSec xml:lang="fr"><termSec><term>x</term></termSec></langSec></conceptEntry>
        </body></text></tbx>`,
      { by: 'tester', at: '2026-02-02' },
    );
    expect(warnings).toEqual([
      'c1: skipped language "de"',
      'c2: skipped language "fr"',
      'c2: skipped an entry without kk, ru or en terms',
    ]);
    const [concept] = concepts;
    expect(concept?.definitions).toEqual({ ru: 'орган' });
    expect(concept?.terms[0]).toMatchObject({
      id: 'c1-t1',
      text: 'маслихат',
      partOfSpeech: 'noun',
      administrativeStatus: 'admittedTerm-admn-sts',
      workflowStatus: 'candidate',
      createdBy: 'tester',
      createdAt: '2026-02-02',
    });
  });
});

describe('validateTbxBasic', () => {
  const valid = exportTbx3(sampleConcepts());
  const fatal = (xml: string) =>
    validateTbxBasic(xml)
      .messages.filter((m) => m.fatal)
      .map((m) => m.ruleId);

  it.each([
    [
      'an administrativeStatus outside the list',
      (x: string) => x.replace('preferredTerm-admn-sts', 'forbidden'),
      'tbx-value',
    ],
    ['partOfSpeech properNoun', (x: string) => x.replace('>noun<', '>properNoun<'), 'tbx-value'],
    [
      'a stray element in termSec',
      (x: string) => x.replace('<term>ғимарат</term>', '<term>ғимарат</term><bogus/>'),
      'tbx-structure',
    ],
    [
      'a term that is not first',
      (x: string) =>
        x.replace(
          /<termSec id="([^"]+)">\s*<term>ғимарат<\/term>/,
          '<termSec id="$1"><note>n</note><term>ғимарат</term>',
        ),
      'tbx-structure',
    ],
    [
      'a termNote at the langSec level',
      (x: string) =>
        x.replace(
          '<langSec xml:lang="ru">',
          '<langSec xml:lang="ru"><termNote type="partOfSpeech">noun</termNote>',
        ),
      'tbx-structure',
    ],
    [
      'subjectField at the termSec level',
      (x: string) =>
        x.replace(
          '<term>ғимарат</term>',
          '<term>ғимарат</term><descrip type="subjectField">law</descrip>',
        ),
      'tbx-placement',
    ],
    [
      'an unknown data category',
      (x: string) =>
        x.replace(
          '<term>ғимарат</term>',
          '<term>ғимарат</term><descrip type="usageNote">x</descrip>',
        ),
      'tbx-data-category',
    ],
    [
      'a wrong namespace',
      (x: string) => x.replace('urn:iso:std:iso:30042:ed-2', 'urn:example'),
      'tbx-namespace',
    ],
    ['the DCT style', (x: string) => x.replace('style="dca"', 'style="dct"'), 'tbx-style'],
    [
      'a duplicate id',
      (x: string) => x.replace(/<conceptEntry id="[^"]+">/g, '<conceptEntry id="same">'),
      'tbx-id',
    ],
    [
      'a langSec without xml:lang',
      (x: string) => x.replace('<langSec xml:lang="ru">', '<langSec>'),
      'tbx-lang',
    ],
    ['text in body', (x: string) => x.replace('<body>', '<body>loose text'), 'tbx-structure'],
    [
      'an empty term',
      (x: string) => x.replace('<term>ғимарат</term>', '<term> </term>'),
      'tbx-empty-term',
    ],
    [
      'a bad date',
      (x: string) => x.replace(/<date>[^<]+<\/date>/, '<date>yesterday</date>'),
      'tbx-date',
    ],
    [
      'a bad transaction type',
      (x: string) => x.replace('>origination<', '>deletion<'),
      'tbx-value',
    ],
    ['malformed XML', (x: string) => x.replace('</body>', ''), 'xml-well-formed'],
  ])('should reject %s', (_name, mutate, ruleId) => {
    const mutated = mutate(valid);
    expect(mutated).not.toBe(valid);
    expect(fatal(mutated)).toContain(ruleId);
    expect(isValidTbxBasic(validateTbxBasic(mutated))).toBe(false);
  });

  it('should accept groups, cross references and the optional header parts', () => {
    const xml = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><titleStmt><title>t</title></titleStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="a">
      <descripGrp><descrip type="subjectField">law</descrip></descripGrp>
      <admin type="customerSubset">gov</admin>
      <ref type="crossReference" target="b">see b</ref>
      <xref type="xGraphic" target="https://example.org/x.png">x</xref>
      <langSec xml:lang="en">
        <descripGrp><descrip type="definition">d</descrip><admin type="source">s</admin></descripGrp>
        <termSec id="a1"><term>court</term>
          <termNoteGrp><termNote type="termType">fullForm</termNote><note>n</note></termNoteGrp>
          <termNote type="grammaticalGender">other</termNote>
          <termNote type="geographicalUsage">KZ</termNote>
          <descripGrp><descrip type="context">The <hi type="bold">court</hi> sat.</descrip><admin type="source">s</admin></descripGrp>
          <transacGrp><transac type="transactionType">origination</transac><date>2026-01-01</date><transacNote type="responsibility">x</transacNote></transacGrp>
        </termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="b"><langSec xml:lang="en"><termSec><term>tribunal</term></termSec></langSec></conceptEntry>
  </body></text>
</tbx>`;
    expect(validateTbxBasic(xml).messages.map(String)).toEqual([]);
    const broken = xml.replace('target="b"', 'target="nowhere"');
    expect(fatal(broken)).toEqual(['tbx-target']);
  });

  it('should point at the offending line', () => {
    const mutated = valid.replace('>noun<', '>properNoun<');
    const message = validateTbxBasic(mutated).messages.find((m) => m.ruleId === 'tbx-value')!;
    const line = mutated.split('\n')[(message.line ?? 0) - 1];
    expect(line).toContain('properNoun');
    expect(message.source).toBe('kazlex-tbx');
  });
});

describe('derived Kazakh Latin forms', () => {
  const concepts = sampleConcepts();

  it('should add a valid kk-Latn section that readers skip', () => {
    const xml = exportTbx3(concepts, { kazakhLatin: true });
    expect(xml).toContain('<langSec xml:lang="kk-Latn">');
    expect(xml).toContain('<term>äkımdık</term>');
    expect(xml).toContain('<term>ökılettı organ</term>');
    expect(validateTbxBasic(xml).messages.map(String)).toEqual([]);
    const { concepts: back, warnings } = importTbx3(xml);
    expect(warnings).toEqual([]);
    expect(exportTbx3(back)).toBe(exportTbx3(concepts));
  });
});
