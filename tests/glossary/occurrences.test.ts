import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import lookalikes from '../../data/glossary/latin-lookalikes.json' with { type: 'json' };
import {
  createTermMatcher,
  FOLD,
  FOLD_LOOKALIKES,
  foldTermText,
  isWordEnd,
  isWordStart,
  kazakhTermForms,
  loadRussianFormGenerator,
  type MatchableTerm,
} from '../../src/glossary/occurrences/index.js';

const kk = (lemma: string): MatchableTerm => ({ id: lemma, forms: kazakhTermForms(lemma) });

describe('folding', () => {
  it('lower-cases Kazakh Cyrillic і/І and uses Turkish casing for Latin I/İ', () => {
    expect(foldTermText('ІСКЕ')).toBe('іске');
    expect(foldTermText('İ I')).toBe('i ı');
    expect(foldTermText('Ёлка  \n Әкім')).toBe('елка әкім');
    // One code unit per code unit, so offsets survive folding.
    for (const code of [0x130, 0x49, 0x406, 0x4d8]) expect(FOLD[code]).toBeLessThan(0x10000);
  });

  it('folds every Latin look-alike in the data file to its Cyrillic twin', () => {
    for (const [latin, cyrillic] of Object.entries(lookalikes.letters)) {
      expect(FOLD_LOOKALIKES[latin.charCodeAt(0)]).toBe(FOLD[cyrillic.charCodeAt(0)]);
    }
    for (const example of lookalikes.examples) {
      expect(foldTermText(example.text, FOLD_LOOKALIKES)).toBe(foldTermText(example.cyrillic));
    }
  });
});

describe('createTermMatcher', () => {
  it('never finds әкім inside әкімдік or әкімшілік', () => {
    const matcher = createTermMatcher({ terms: [kk('әкім')] });
    const text = 'Аудан әкімдігінің, әкімдіктерге және әкімшілік-аумақтық бірліктің әкімшілігі.';
    expect(matcher.find(text)).toEqual([]);
    const both = createTermMatcher({ terms: [kk('әкім'), kk('әкімдік')] });
    const found = both.find('Облыс әкімі әкімдікке, әкімдерге хат жолдады.');
    expect(found.map((o) => [o.termId, o.surface])).toEqual([
      ['әкім', 'әкімі'],
      ['әкімдік', 'әкімдікке'],
      ['әкім', 'әкімдерге'],
    ]);
  });

  it('scan() reports the same spans as find(), with term indices', () => {
    const terms = [kk('әкім'), kk('әкімдік'), kk('мәслихат')];
    const matcher = createTermMatcher({ terms });
    const text = 'Әкім мен әкімдікке, мәслихаттардың әкімдері.';
    const spans: [string, number, number][] = [];
    const count = matcher.scan(text, (indexes, start, end) => {
      for (const index of indexes) spans.push([terms[index]?.id ?? '?', start, end]);
    });
    expect(count).toBe(4);
    expect(spans).toEqual(matcher.find(text).map((o) => [o.termId, o.start, o.end]));
  });

  it('matches phrases across line breaks and spaces, case-insensitively, with source offsets', () => {
    const matcher = createTermMatcher({ terms: [kk('өкілді орган')] });
    const text = 'Бұл ӨКІЛДІ\n  органның шешімі';
    const [occurrence] = matcher.find(text);
    expect(occurrence).toMatchObject({
      termId: 'өкілді орган',
      start: 4,
      end: text.indexOf(' шешімі'),
    });
    expect(occurrence?.form.analysis).toEqual({ number: 'sg', possessive: 'none', case: 'gen' });
  });

  it('prefers the longest term and keeps hyphenated words whole', () => {
    const matcher = createTermMatcher({
      terms: [kk('атқарушы орган'), kk('жергілікті атқарушы орган'), kk('өзі')],
    });
    const found = matcher.find('жергілікті атқарушы органдары, өзін-өзі басқару; атқарушы органға');
    expect(found.map((o) => [o.termId, o.surface])).toEqual([
      ['жергілікті атқарушы орган', 'жергілікті атқарушы органдары'],
      ['атқарушы орган', 'атқарушы органға'],
    ]);
  });

  it('reads a hyphen as a space and splits words glued by PDF extraction at a capital', () => {
    const matcher = createTermMatcher({
      terms: [kk('жергілікті өзін-өзі басқару'), kk('өкілді орган')],
    });
    const text = 'мәслихаттар жергілікті өзін өзі басқаруды; өкілетті органӨкілді орган (мәслихат)';
    expect(matcher.find(text).map((o) => [o.surface, o.start])).toEqual([
      ['жергілікті өзін өзі басқаруды', 12],
      ['Өкілді орган', text.indexOf('Өкілді')],
    ]);
    expect(isWordStart(text, text.indexOf('Өкілді'))).toBe(true);
    expect(isWordEnd(text, text.indexOf('Өкілді'))).toBe(true);
  });

  it('reads Latin look-alikes as Cyrillic unless told not to', () => {
    const terms = [kk('жергілікті бюджет')];
    const text = 'Жергiлiктi бюджеттен';
    expect(createTermMatcher({ terms }).find(text)).toHaveLength(1);
    expect(createTermMatcher({ terms, foldLatinLookalikes: false }).find(text)).toHaveLength(0);
  });

  it('finds Russian terms in all their case forms', async () => {
    const ru = await loadRussianFormGenerator();
    const matcher = createTermMatcher({
      terms: [
        { id: 'organ', forms: ru.forms('представительный орган').map((text) => ({ text })) },
        { id: 'maslikhat', forms: ru.forms('маслихат').map((text) => ({ text })) },
      ],
    });
    const found = matcher.find('Решения представительных органов и маслихатами; маслихатовский');
    expect(found.map((o) => o.surface)).toEqual(['представительных органов', 'маслихатами']);
  });

  const terms = [
    'мәслихат',
    'әкім',
    'әкімдік',
    'өкілді орган',
    'жергілікті өзін-өзі басқару',
    'аудан мәслихаты',
  ].map(kk);
  const matcher = createTermMatcher({ terms });
  const formsOf = new Map(
    terms.map((t) => [t.id, new Set(t.forms.map((f) => foldTermText(f.text)))]),
  );
  const form = fc
    .constantFrom(...terms)
    .chain((t) =>
      fc.constantFrom(...t.forms.map((f) => f.text)).map((text) => ({ id: t.id, text })),
    );
  const upper = fc.boolean();
  const filler = fc.constantFrom(
    'және',
    'бойынша',
    'сондай-ақ',
    '2026',
    'әкімшілік',
    'әкімдер-',
    'мәслихатшы',
    'x',
    'Ә',
  );
  const separator = fc.constantFrom(' ', ', ', '\n', ' – ', '; ', '-', '', '.\n\n');

  it('reports only forms of the term, on word boundaries (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              form.map((f) => f.text),
              filler,
            ),
            upper,
            separator,
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.map(([w, up, sep]) => (up ? w.toUpperCase() : w) + sep).join('');
          for (const occurrence of matcher.find(text)) {
            const slice = text.slice(occurrence.start, occurrence.end);
            expect(slice).toBe(occurrence.surface);
            expect(formsOf.get(occurrence.termId)?.has(foldTermText(slice))).toBe(true);
            expect(isWordStart(text, occurrence.start)).toBe(true);
            expect(isWordEnd(text, occurrence.end)).toBe(true);
          }
        },
      ),
    );
  });

  it('finds every form placed between punctuation (property)', () => {
    const punctuation = fc.constantFrom(', ', '; ', '.\n', ' (', ') ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(form, upper, punctuation, filler), { maxLength: 20 }),
        (parts) => {
          let text = '';
          const expected: { id: string; start: number; end: number }[] = [];
          for (const [f, up, sep, fill] of parts) {
            const start = text.length;
            text += up ? f.text.toUpperCase() : f.text;
            expected.push({ id: f.id, start, end: text.length });
            text += `${sep}${fill}${sep}`;
          }
          const found = matcher
            .find(text)
            .map((o) => ({ id: o.termId, start: o.start, end: o.end }));
          for (const e of expected) expect(found).toContainEqual(e);
        },
      ),
    );
  });
});
