import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { retext } from 'retext';
import { describe, expect, it } from 'vitest';
import {
  type CheckConcept,
  checkText,
  compileTermRules,
  findLookalikes,
  pointFinder,
  retextKazlexCheck,
  seedTerms,
} from '../../src/glossary/check/index.js';
import { inflect } from '../../src/glossary/kk/index.js';
import { CASES, NUMBERS, POSSESSIVES } from '../../src/glossary/kk/types.js';
import { loadRussianFormGenerator } from '../../src/glossary/occurrences/index.js';
import { openTermBase } from '../../src/glossary/termbase/index.js';
import retextKazlex from '../../src/structure/nlcst/index.js';

const seedRules = compileTermRules({ concepts: seedTerms().concepts });

function deprecated(kkText: string, replacement: string): CheckConcept {
  return {
    id: `c-${replacement}`,
    terms: [
      {
        lang: 'kk',
        text: replacement,
        administrativeStatus: 'preferredTerm-admn-sts',
        workflowStatus: 'approved',
      },
      {
        lang: 'kk',
        text: kkText,
        administrativeStatus: 'deprecatedTerm-admn-sts',
        workflowStatus: 'approved',
      },
    ],
  };
}

describe('term checker', () => {
  it('flags an inflected deprecated term with the inflected replacement and its exact place', async () => {
    const text =
      'Шешім қабылданды.\nОблыстық өкілетті органның хатшысы, ӨКІЛЕТТІ ОРГАНДАРҒА жолдады.';
    const file = await checkText(text, { rules: seedRules, lang: 'kk' });
    const messages = file.messages.filter((m) => m.ruleId === 'deprecated-term');
    expect(messages).toHaveLength(2);
    const [first, second] = messages;
    const start = text.indexOf('өкілетті органның');
    expect(first?.place).toEqual({
      start: { line: 2, column: start - text.indexOf('\n'), offset: start },
      end: { line: 2, column: start - text.indexOf('\n') + 17, offset: start + 17 },
    });
    expect(first?.actual).toBe('өкілетті органның');
    expect(first?.expected).toEqual(['өкілді органның']);
    expect(first?.source).toBe('kazlex-check');
    expect(second?.actual).toBe('ӨКІЛЕТТІ ОРГАНДАРҒА');
    expect(second?.expected).toEqual(['Өкілді органдарға']);
  });

  it('flags every inflected form at its offsets with the replacement in the same form (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NUMBERS),
        fc.constantFrom(...POSSESSIVES),
        fc.constantFrom(...CASES),
        fc.constantFrom('', 'Облыстық ', 'Бұл\n'),
        async (number, possessive, grammaticalCase, before) => {
          const form = inflect('өкілетті орган', { number, possessive, case: grammaticalCase });
          const text = `${before}${form} туралы.`;
          const file = await checkText(text, { rules: seedRules, lookalikes: false });
          expect(file.messages).toHaveLength(1);
          const [message] = file.messages;
          expect(message?.place).toMatchObject({
            start: { offset: before.length },
            end: { offset: before.length + form.length },
          });
          expect(message?.expected).toEqual([form.replace('өкілетті', 'өкілді')]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('runs as a plain retext plugin on the kazlex parser', async () => {
    const file = await retext()
      .use(retextKazlex, { lang: 'kk' })
      .use(retextKazlexCheck, { rules: seedRules })
      .process('Аудан әкімиятының шешімі.');
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([
      ['deprecated-term', 'әкімиятының', ['әкімдігінің']],
    ]);
  });

  it('does not flag a deprecated әкім inside әкімдік or әкімшілік forms', async () => {
    const rules = compileTermRules({ concepts: [deprecated('әкім', 'басшы')] });
    const clean = await checkText('Әкімдігінің әкімшілік шешімі, әкімдіктерге.', { rules });
    expect(clean.messages).toEqual([]);
    const flagged = await checkText('Әкімдігінің әкімге хаты.', { rules });
    expect(flagged.messages.map((m) => m.actual)).toEqual(['әкімге']);
    expect(flagged.messages[0]?.expected).toEqual(['басшыға']);
  });

  it('does not flag a deprecated term inside a longer approved term', async () => {
    const rules = compileTermRules({
      concepts: [
        deprecated('өкілетті орган', 'өкілді орган'),
        { id: 'special', terms: [{ lang: 'kk', text: 'арнайы өкілетті орган' }] },
      ],
    });
    const file = await checkText('Арнайы өкілетті органның шешімі.', { rules });
    expect(file.messages).toEqual([]);
  });

  it('ignores rejected terms and keeps deprecated Russian terms in all cases', async () => {
    const rules = compileTermRules({
      concepts: seedTerms().concepts,
      russianForms: await loadRussianFormGenerator(),
    });
    const file = await checkText('Решение акимиата района. Акимиатами.', { rules, lang: 'ru' });
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([
      ['deprecated-term', 'акимиата', ['акимата']],
      ['deprecated-term', 'Акимиатами', ['Акиматами']],
    ]);
    const rejected = compileTermRules({
      concepts: [
        {
          id: 'x',
          terms: [
            {
              lang: 'kk',
              text: 'әкімият',
              administrativeStatus: 'deprecatedTerm-admn-sts',
              workflowStatus: 'rejected',
            },
            { lang: 'kk', text: 'әкімдік' },
          ],
        },
      ],
    });
    expect((await checkText('Әкімият.', { rules: rejected })).messages).toEqual([]);
  });

  it('loads the seed terms into a term base and checks the same way from it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kazlex-seed-'));
    try {
      const tb = openTermBase(join(dir, 'g.db'));
      for (const concept of seedTerms().concepts) tb.addConcept(concept, 'seed');
      const concepts = tb.listConcepts();
      tb.close();
      expect(concepts).toHaveLength(seedTerms().concepts.length);
      const rules = compileTermRules({ concepts });
      const file = await checkText('Өкілетті органның шешімі.', { rules });
      expect(file.messages.map((m) => m.expected)).toEqual([['Өкілді органның']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the examples in data/glossary/seed-terms.json', async () => {
    for (const example of seedTerms().examples) {
      const file = await checkText(example.text, { rules: seedRules, lookalikes: false });
      const found = file.messages.map((m) => ({
        ruleId: m.ruleId,
        actual: m.actual,
        expected: m.expected?.[0],
      }));
      if (example.ruleId === null) expect(found).toEqual([]);
      else
        expect(found).toEqual([
          { ruleId: example.ruleId, actual: example.actual, expected: example.expected },
        ]);
    }
  });
});

describe('Latin look-alikes', () => {
  it('flags Latin letters inside Cyrillic words with the corrected word and its position', async () => {
    const text = 'Жергiлiктi бюджет және Kазақстан, COVID-19-ға, iPhone.';
    const file = await checkText(text, { rules: seedRules, lang: 'kk' });
    const messages = file.messages.filter((m) => m.ruleId === 'latin-lookalike');
    expect(messages.map((m) => [m.actual, m.expected?.[0]])).toEqual([
      ['Жергiлiктi', 'Жергілікті'],
      ['Kазақстан', 'Казақстан'],
    ]);
    expect(messages[1]?.place).toMatchObject({ start: { offset: text.indexOf('Kазақстан') } });
  });

  it('leaves mixed-script words with real Latin words alone', () => {
    expect(findLookalikes('COVID-19-ға')).toBeUndefined();
    expect(findLookalikes('Kaspi')).toBeUndefined();
    expect(findLookalikes('oрган')).toEqual({
      ruleId: 'latin-lookalike',
      expected: 'орган',
      letters: ['o'],
    });
    expect(findLookalikes('XIX-начале')).toBeUndefined();
    expect(findLookalikes('ҚҰЗЫРЕТI')).toMatchObject({
      ruleId: 'latin-lookalike',
      expected: 'ҚҰЗЫРЕТІ',
    });
  });

  it('flags Cyrillic letters inside a Latin word (a Roman numeral) the other way round', async () => {
    expect(findLookalikes('157-VІI')).toEqual({
      ruleId: 'cyrillic-lookalike',
      expected: '157-VII',
      letters: ['І'],
    });
    const file = await checkText('№ 157-VІI Заңы', { rules: seedRules });
    expect(file.messages.map((m) => [m.ruleId, m.expected?.[0]])).toEqual([
      ['cyrillic-lookalike', '157-VII'],
    ]);
  });
});

describe('pointFinder', () => {
  it('maps offsets to 1-based lines and columns for \\n, \\r\\n and \\r', () => {
    const point = pointFinder('аб\r\nв\rг\nд');
    expect(point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(point(4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(point(6)).toEqual({ line: 3, column: 1, offset: 6 });
    expect(point(9)).toEqual({ line: 4, column: 2, offset: 9 });
  });
});
