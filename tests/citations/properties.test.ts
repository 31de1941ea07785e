import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCitations, pinTargets } from '../../src/citations/index.js';
import { fakeRegistry } from './fake-registry.js';

const registry = fakeRegistry();
const context = {
  registry,
  documentDate: '2020-01-01',
  selfActId: 'law-148-ii',
  unitAt: () => ({ article: '6', paragraph: '1' }),
};

const fragments = [
  'статьи ',
  'статьями ',
  'ст. ',
  'п. ',
  'пп. ',
  'подпункта ',
  'пункта ',
  'ч. ',
  'Закона ',
  'Конституции ',
  'РК ',
  'Республики Казахстан ',
  'от ',
  '23 января 2001 года ',
  '09.02.2009 ',
  '№ ',
  'N ',
  '148-II ',
  '126 ',
  '5',
  '89',
  '3)',
  '2-1',
  ', ',
  ' и ',
  ' – ',
  '-',
  '«О местном»',
  '(',
  ')',
  '; ',
  '. ',
  '\n',
  '\n\n',
  'настоящего ',
  'настоящей ',
  'указанного ',
  '(далее – Закон) ',
  'бабының ',
  '-бабы ',
  '-тармағы ',
  'Конституциясының ',
  'Заңының ',
  'осы ',
  'баптың ',
  'және ',
  'ҚР ',
  '2009.02.09 ',
  'Заңымен ',
  'жылғы ',
  'қаңтардағы ',
  'аталған ',
  '(бұдан әрі – Заң) ',
  'тармақшасы ',
  'әкім ',
  'маслихат ',
  // an unquoted Kazakh title, in pieces (the registry knows it whole)
  'Қазақстан Республикасындағы ',
  'жергілікті ',
  'мемлекеттік ',
  'басқару ',
  'өзін-өзі ',
  'туралы ',
  '“',
  'Заңның ',
  // editions, issuers, lettered numbers, Kazakh plurals, Russian coordination
  '1995 ',
  '2026 ',
  '1937 ',
  'года ',
  'г.',
  'жылғы ',
  'Конституцияның ',
  'Президентінің ',
  'Конституциялық Сотының ',
  'Конституционного Суда ',
  '-НҚ ',
  '-НП ',
  'нормативтік ',
  'қаулыларын ',
  'қаулысы ',
  'Қазақ КСР-ның ',
];

const soup = fc
  .array(fc.constantFrom(...fragments), { maxLength: 60 })
  .map((parts) => parts.join(''));

const sentences = [
  'В соответствии с подпунктом 3) пункта 2 статьи 5 Закона Республики Казахстан от 23 января 2001 года № 148-II «О местном государственном управлении и самоуправлении в Республике Казахстан» аким',
  'п. 1 ст. 89 Конституции РК и статьями 85–89 Конституции',
  'Законом РК от 09.02.2009 № 126 (порядок введения в действие см. ст. 2); от 11.07.2017 № 90-VI',
  'пунктом 2 настоящей статьи и статьей 20 настоящего Закона',
  'ҚР Конституциясының 89-бабының 2-тармағы және осы Заңның 6-бабына сәйкес',
  'ҚР 2009.02.09 № 126-IV Заңының 2-бабы 1-тармағы 1) тармақшасына',
  'осы баптың 3-тармағының 1), 2) және 10) тармақшаларында',
  'Қазақстан Республикасының 2001 жылғы 23 қаңтардағы № 148 «Жергілікті басқару туралы» Заңы',
  'Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы Заңның 39-3-бабына сәйкес',
];

function signature(text: string): string[] {
  return findCitations(text, context).map(
    (c) => `${c.kind}|${JSON.stringify(c.pins)}|${c.target}|${pinTargets(c).join(',')}`,
  );
}

const DASHES = ['-', '–', '—'];

describe('findCitations properties', () => {
  it('should return offsets that slice to the citation text', () => {
    fc.assert(
      fc.property(soup, (text) => {
        for (const c of findCitations(text, context)) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeGreaterThan(c.start);
          expect(text.slice(c.start, c.end)).toBe(c.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should not throw and keep citations ordered and disjoint on keyword soup', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const found = findCitations(text, context);
        for (let i = 1; i < found.length; i++) {
          expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should give the same pins and targets when spaces, №, dashes and quotes vary', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sentences),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.constantFrom(...DASHES), { minLength: 40, maxLength: 40 }),
        (sentence, nbsp, numberSign, quotes, dashes) => {
          let variant = sentence;
          if (nbsp) variant = variant.replace(/ /g, '\u00a0');
          if (numberSign) variant = variant.replace(/№/g, 'N');
          if (quotes) variant = variant.replace(/[«»]/g, '"');
          let k = 0;
          variant = variant.replace(/(?<=\d)[-–—]|[-–—](?=\d)| [-–—] /g, (d) =>
            d.replace(/[-–—]/, () => dashes[k++ % dashes.length]!),
          );
          expect(signature(variant)).toEqual(signature(sentence));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('should find at least one resolved citation in each sample sentence', () => {
    for (const sentence of sentences) {
      expect(
        findCitations(sentence, context).some((c) => c.resolved),
        sentence,
      ).toBe(true);
    }
  });
});
