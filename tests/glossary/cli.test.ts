import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateTbxBasic } from '../../src/glossary/exchange/index.js';
import {
  type Concept,
  type HistoryEntry,
  type Language,
  openTermBase,
  type Term,
} from '../../src/glossary/termbase/index.js';
import { runCli } from './cli-helpers.js';

let dir: string;
let db: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kazlex-glossary-cli-'));
  db = join(dir, 'glossary.db');
  const tb = openTermBase(db);
  const seeds: [string, [Language, string][]][] = [
    [
      'maslikhat',
      [
        ['kk', 'мәслихат'],
        ['ru', 'маслихат'],
      ],
    ],
    [
      'organ',
      [
        ['kk', 'өкілетті орган'],
        ['ru', 'представительный орган'],
      ],
    ],
    ['akimat', [['kk', 'әкімдік']]],
  ];
  for (const [id, terms] of seeds) {
    tb.addConcept({ id, terms: terms.map(([lang, text]) => ({ lang, text })) }, 'seed');
  }
  tb.close();
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const common = () => ['--db', db, '--user', 'aigerim'];

function termId(conceptId: string, text: string): string {
  const tb = openTermBase(db);
  try {
    const term = tb.getConcept(conceptId)?.terms.find((t) => t.text === text);
    if (term === undefined) throw new Error(`no term ${text}`);
    return term.id;
  } finally {
    tb.close();
  }
}

describe('kazlex glossary', () => {
  it('lists concepts as JSON and filters by status', async () => {
    const all = await runCli(['glossary', 'list', ...common(), '--json']);
    expect(all.code).toBe(0);
    expect((JSON.parse(all.stdout) as Concept[]).map((c) => c.id)).toEqual([
      'maslikhat',
      'organ',
      'akimat',
    ]);
    const approvedBefore = await runCli([
      'glossary',
      'list',
      ...common(),
      '--status',
      'approved',
      '--json',
    ]);
    expect(JSON.parse(approvedBefore.stdout)).toEqual([]);
    await runCli(['glossary', 'approve', termId('maslikhat', 'мәслихат'), ...common()]);
    const approved = await runCli([
      'glossary',
      'list',
      ...common(),
      '--status',
      'approved',
      '--json',
    ]);
    expect((JSON.parse(approved.stdout) as Concept[]).map((c) => c.id)).toEqual(['maslikhat']);
  });

  it('prints human-readable lists, details and search results', async () => {
    const list = await runCli(['glossary', 'list', ...common()]);
    expect(list.stdout.split('\n')[0]).toBe('maslikhat  мәслихат  ↔  маслихат');
    const show = await runCli(['glossary', 'show', 'maslikhat', ...common()]);
    expect(show.stdout).toContain('concept maslikhat');
    expect(show.stdout).toMatch(/ kk {2}мәслихат {2}\[admitted, candidate\]/u);
    const search = await runCli(['glossary', 'search', 'мәслихатқа', '--lang', 'kk', ...common()]);
    expect(search.stdout).toMatch(/^maslikhat {2}\S+ {2}kk {2}мәслихат/u);
    const none = await runCli(['glossary', 'search', 'сот', '--lang', 'kk', ...common()]);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('nothing found');
  });

  it('finds an entry from an inflected Kazakh query', async () => {
    const result = await runCli([
      'glossary',
      'search',
      'мәслихаттарының',
      ...common(),
      '--lang',
      'kk',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const terms = JSON.parse(result.stdout) as Term[];
    expect(terms[0]?.text).toBe('мәслихат');
    expect(terms[0]?.conceptId).toBe('maslikhat');
  });

  it('finds an entry from an inflected Russian query', async () => {
    const result = await runCli([
      'glossary',
      'search',
      'представительных',
      'органов',
      ...common(),
      '--json',
    ]);
    const terms = JSON.parse(result.stdout) as Term[];
    expect(terms.map((t) => t.text)).toContain('представительный орган');
  });

  it('does not turn әкімдік into әкім when searching', async () => {
    const result = await runCli(['glossary', 'search', 'әкімдігінің', ...common(), '--json']);
    expect((JSON.parse(result.stdout) as Term[]).map((t) => t.text)).toEqual(['әкімдік']);
  });

  it('approves, rejects and edits terms, recording the user', async () => {
    const id = termId('organ', 'өкілетті орган');
    const rejected = await runCli(['glossary', 'reject', id, ...common(), '--json']);
    expect(rejected.code).toBe(0);
    expect((JSON.parse(rejected.stdout) as Term).workflowStatus).toBe('rejected');
    const edited = await runCli([
      'glossary',
      'edit',
      id,
      '--text',
      'өкілді орган',
      '--status',
      'approved',
      ...common(),
      '--json',
    ]);
    const term = JSON.parse(edited.stdout) as Term;
    expect(term.text).toBe('өкілді орган');
    expect(term.workflowStatus).toBe('approved');
    expect(term.updatedBy).toBe('aigerim');
    const deprecated = await runCli([
      'glossary',
      'edit',
      id,
      '--status',
      'deprecated',
      ...common(),
      '--json',
    ]);
    expect((JSON.parse(deprecated.stdout) as Term).administrativeStatus).toBe(
      'deprecatedTerm-admn-sts',
    );
  });

  it('deprecates a term with a replacement given as text', async () => {
    const id = termId('organ', 'өкілетті орган');
    const result = await runCli([
      'glossary',
      'deprecate',
      id,
      '--replacement',
      'өкілді орган',
      ...common(),
      '--json',
    ]);
    expect(result.code).toBe(0);
    const { deprecated, replacement } = JSON.parse(result.stdout) as {
      deprecated: Term;
      replacement: Term;
    };
    expect(deprecated.administrativeStatus).toBe('deprecatedTerm-admn-sts');
    expect(replacement.text).toBe('өкілді орган');
    expect(replacement.administrativeStatus).toBe('preferredTerm-admn-sts');
  });

  it('merges concepts and shows the history of both', async () => {
    const merged = await runCli([
      'glossary',
      'merge',
      'maslikhat',
      'akimat',
      ...common(),
      '--json',
    ]);
    expect(merged.code).toBe(0);
    expect((JSON.parse(merged.stdout) as Concept).terms.map((t) => t.text)).toContain('әкімдік');
    const shown = await runCli(['glossary', 'show', 'akimat', ...common(), '--json']);
    expect((JSON.parse(shown.stdout) as Concept).id).toBe('maslikhat');
    const history = await runCli(['glossary', 'history', 'maslikhat', ...common(), '--json']);
    const actions = (JSON.parse(history.stdout) as HistoryEntry[]).map((h) => h.action);
    expect(actions).toContain('merge');
    expect(actions[0]).toBe('add-concept');
  });

  it('reports the same Kazakh term under two concepts and non-standard variants', async () => {
    const tb = openTermBase(db);
    tb.addConcept({ id: 'maslikhat-2', terms: [{ lang: 'kk', text: 'Мәслихат' }] }, 'seed');
    tb.addConcept({ id: 'organ-2', terms: [{ lang: 'kk', text: 'өкілді орган' }] }, 'seed');
    // Different heads sharing a stem are different words, not variants.
    tb.addConcept({ id: 'akim', terms: [{ lang: 'kk', text: 'әкім' }] }, 'seed');
    tb.addConcept({ id: 'akim-office', terms: [{ lang: 'kk', text: 'әкім аппараты' }] }, 'seed');
    tb.addConcept(
      { id: 'akimat-office', terms: [{ lang: 'kk', text: 'әкімдік аппараты' }] },
      'seed',
    );
    tb.close();
    const result = await runCli(['glossary', 'conflicts', ...common(), '--json']);
    const conflicts = JSON.parse(result.stdout) as {
      duplicates: { text: string; conceptIds: string[] }[];
      variants: { texts: string[] }[];
    };
    expect(conflicts.duplicates).toEqual([
      expect.objectContaining({ text: 'мәслихат', conceptIds: ['maslikhat', 'maslikhat-2'] }),
    ]);
    expect(conflicts.variants.map((v) => v.texts)).toEqual([['өкілетті орган', 'өкілді орган']]);
  });

  it('exports valid TBX-Basic atomically and imports it into a fresh base', async () => {
    const out = join(dir, 'out', 'glossary.tbx');
    const exported = await runCli([
      'glossary',
      'export',
      '--format',
      'tbx',
      '--out',
      out,
      ...common(),
    ]);
    expect(exported.code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(validateTbxBasic(xml).messages.filter((m) => m.fatal)).toEqual([]);
    expect(xml).toContain('өкілетті орган');
    const fresh = join(dir, 'fresh.db');
    const imported = await runCli(['glossary', 'import', out, '--db', fresh, '--json']);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 3, replaced: 0 });
    const tb = openTermBase(fresh);
    expect(tb.getConcept('maslikhat')?.terms.map((t) => t.text)).toEqual(['мәслихат', 'маслихат']);
    tb.close();
  });

  it('writes CSV and OmegaT glossaries', async () => {
    const csv = join(dir, 'g.csv');
    const omegat = join(dir, 'g.txt');
    await runCli(['glossary', 'export', '--format', 'csv', '--out', csv, ...common()]);
    await runCli(['glossary', 'export', '--format', 'omegat', '--out', omegat, ...common()]);
    expect(readFileSync(csv, 'utf8')).toContain('мәслихат');
    expect(readFileSync(omegat, 'utf8')).toContain('мәслихат\tмаслихат');
    const fresh = join(dir, 'fresh.db');
    const imported = await runCli(['glossary', 'import', csv, '--db', fresh, '--json']);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 3 });
    const fromOmegat = await runCli([
      'glossary',
      'import',
      omegat,
      '--db',
      join(dir, 'o.db'),
      '--json',
    ]);
    expect(JSON.parse(fromOmegat.stdout).added).toBeGreaterThanOrEqual(2);
    const unknown = await runCli(['glossary', 'import', join(dir, 'x.pdf'), '--db', fresh]);
    expect(unknown.code).toBeGreaterThan(0);
  });

  it('writes an XLSX workbook that imports back with every concept', async () => {
    const xlsx = join(dir, 'g.xlsx');
    const exported = await runCli([
      'glossary',
      'export',
      '--format',
      'xlsx',
      '--out',
      xlsx,
      ...common(),
    ]);
    expect(exported.code).toBe(0);
    expect([...readFileSync(xlsx).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const fresh = join(dir, 'from-xlsx.db');
    const imported = await runCli(['glossary', 'import', xlsx, '--db', fresh, '--json']);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 3, replaced: 0 });
    const tb = openTermBase(fresh);
    expect(tb.getConcept('maslikhat')?.terms.map((t) => t.text)).toEqual(['мәслихат', 'маслихат']);
    tb.close();
  });

  it('exits 2 on an unknown term id or status and 0 on success', async () => {
    const unknown = await runCli(['glossary', 'approve', 'no-such-term', ...common()]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no-such-term');
    const badStatus = await runCli(['glossary', 'list', ...common(), '--status', 'blessed']);
    expect(badStatus.code).toBe(2);
    const badFormat = await runCli(['glossary', 'export', '--format', 'pdf', ...common()]);
    expect(badFormat.code).toBe(2);
  });

  it('creates the term base folder when it is missing', async () => {
    const nested = join(dir, 'a', 'b', 'glossary.db');
    const result = await runCli(['glossary', 'list', '--db', nested, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(existsSync(nested)).toBe(true);
  });
});

describe('kazlex check', () => {
  it('flags an inflected deprecated term with its replacement and exact position, exit 1', async () => {
    const file = join(dir, 'decision.kk.txt');
    const text = 'Шешім.\nОблыстық өкілетті органның сессиясы өтті.';
    writeFileSync(file, text);
    const result = await runCli(['check', file, '--db', join(dir, 'absent.db'), '--json']);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as {
      ruleId: string;
      line: number;
      column: number;
      start: number;
      end: number;
      expected: string[];
    }[];
    const deprecated = findings.filter((f) => f.ruleId === 'deprecated-term');
    expect(deprecated).toHaveLength(1);
    const start = text.indexOf('өкілетті');
    expect(deprecated[0]).toMatchObject({
      line: 2,
      column: start - 6,
      start,
      end: start + 'өкілетті органның'.length,
    });
    expect(deprecated[0]?.expected).toEqual(['өкілді органның']);
  });

  it('prints file:line:col lines and exits 0 on a clean file', async () => {
    const file = join(dir, 'clean.kk.txt');
    writeFileSync(file, 'Аудан әкімдігінің қаулысы. Жергiлiктi бюджет.');
    const result = await runCli(['check', file, '--db', join(dir, 'absent.db')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${file}:1:28  latin-lookalike  Latin \`i\`, \`i\`, \`i\` in Cyrillic word \`Жергiлiктi\`, expected \`Жергілікті\`\n`,
    );
  });

  it('uses the term base given by --db', async () => {
    const tb = openTermBase(db);
    const organ = tb.getConcept('organ');
    const term = organ?.terms.find((t) => t.lang === 'kk');
    if (term === undefined) throw new Error('fixture');
    tb.deprecate(term.id, { replacement: 'өкілді орган' }, 'seed');
    tb.close();
    const file = join(dir, 'x.txt');
    writeFileSync(file, 'Өкілетті органдарға жолдау.');
    const result = await runCli(['check', file, '--db', db, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({
      ruleId: 'deprecated-term',
      expected: ['Өкілді органдарға'],
    });
  });

  it('exits 1 and names a missing file', async () => {
    const result = await runCli(['check', join(dir, 'missing.txt'), '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.txt');
  });
});
