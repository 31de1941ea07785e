import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPreamble, createActsRegistry, loadActsRegistry } from '../../src/documents/index.js';
import { bodyRules, meets, minimumCount } from '../../src/documents/rules/thresholds.js';

const NB = '\u00a0';
const actsPath = new URL('../../data/documents/acts-minimal.json', import.meta.url);
const registry = loadActsRegistry(actsPath.pathname);
const plain = (text: string) => text.replaceAll(NB, ' ');

describe('buildPreamble', () => {
  it('should write the kk genitive chain and dative head before «сәйкес»', () => {
    const text = buildPreamble([{ act: 'law-148-II', article: '6', paragraph: '1' }], {
      lang: 'kk',
      registry,
      maslikhatName: 'Индер аудандық мәслихаты',
    });
    expect(text).toBe(
      'Қазақстан Республикасының «Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» Заңының 6-бабының 1-тармағына сәйкес, Индер аудандық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:',
    );
  });
  it('should write the ru instrumental head and genitive chain after «В соответствии с»', () => {
    const text = buildPreamble(
      [{ act: 'law-148-II', article: '6', paragraph: '1', subparagraph: '15' }],
      {
        lang: 'ru',
        registry,
        maslikhatName: 'Индерский районный маслихат',
      },
    );
    expect(plain(text)).toBe(
      'В соответствии с подпунктом 15) пункта 1 статьи 6 Закона Республики Казахстан «О местном государственном управлении и самоуправлении в Республике Казахстан», Индерский районный маслихат РЕШИЛ:',
    );
  });
  it('should name an order with its issuer, date, number and registration', () => {
    const kk = buildPreamble([{ act: 'order-mne-122-2023' }], {
      lang: 'kk',
      registry,
      maslikhatName: 'Индер аудандық мәслихаты',
      kkFormula: 'ШЕШТІ',
    });
    expect(plain(kk)).toBe(
      'Қазақстан Республикасы Ұлттық экономика министрінің 2023 жылғы 23 маусымдағы № 122 «Жергілікті қоғамдастықтың бөлек жиындарын өткізудің үлгілік қағидаларын бекіту туралы» бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 32894 болып тіркелген) сәйкес, Индер аудандық мәслихаты ШЕШТІ:',
    );
    const ru = buildPreamble(
      [{ act: 'law-148-II', article: '39-3', paragraph: '6' }, { act: 'order-mne-122-2023' }],
      {
        lang: 'ru',
        registry,
        maslikhatName: 'Житикаринский районный маслихат',
      },
    );
    expect(plain(ru)).toBe(
      'В соответствии с пунктом 6 статьи 39-3 Закона Республики Казахстан «О местном государственном управлении и самоуправлении в Республике Казахстан» и приказом Министра национальной экономики Республики Казахстан от 23 июня 2023 года № 122 «Об утверждении Типовых правил проведения раздельных сходов местного сообщества» (зарегистрирован в Министерстве юстиции Республики Казахстан под № 32894), Житикаринский районный маслихат РЕШИЛ:',
    );
  });
  it('should name the act once for several provisions of it', () => {
    const cites = [
      { act: 'law-148-II', article: '6', paragraph: '1' },
      { act: 'law-148-II', article: '7' },
    ];
    expect(
      plain(
        buildPreamble(cites, {
          lang: 'ru',
          registry,
          maslikhatName: 'Самарский районный маслихат',
        }),
      ),
    ).toMatch(
      /^В соответствии с пунктом 1 статьи 6 и статьей 7 Закона Республики Казахстан «О местном/,
    );
    expect(
      buildPreamble(cites, { lang: 'kk', registry, maslikhatName: 'Самар ауданының мәслихаты' }),
    ).toMatch(
      /Заңының 6-бабының 1-тармағына, 7-бабына сәйкес, Самар ауданының мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:$/,
    );
  });
  it('should leave only the formula when there is no legal basis', () => {
    expect(
      buildPreamble([], {
        lang: 'kk',
        registry,
        maslikhatName: 'Сарысу аудандық мәслихаты',
        kkFormula: 'ШЕШТІ',
      }),
    ).toBe('Сарысу аудандық мәслихаты ШЕШТІ:');
    expect(
      buildPreamble([], { lang: 'ru', registry, maslikhatName: 'сарысуский районный маслихат' }),
    ).toBe('Сарысуский районный маслихат РЕШИЛ:');
  });
});

describe('acts registry', () => {
  const data = JSON.parse(readFileSync(actsPath, 'utf8'));
  it('should agree with every example in acts-minimal.json', () => {
    for (const example of data.examples) {
      expect(
        registry.checkProvision(example.cite, example.on) === undefined,
        JSON.stringify(example),
      ).toBe(example.exists);
    }
  });
  it('should report lost force', () => {
    const custom = createActsRegistry([
      {
        id: 'x',
        type: 'law',
        date: '2000-01-01',
        number: '1',
        title: { kk: 'x', ru: 'x' },
        articles: [{ number: '1', until: '2010-01-01' }],
      },
    ]);
    expect(custom.checkProvision({ act: 'x', article: '1' }, '2012-01-01')).toBe(
      'article 1 of «x» lost force on 2010-01-01',
    );
  });
});

describe('rules.json thresholds', () => {
  const data = JSON.parse(
    readFileSync(new URL('../../data/documents/rules.json', import.meta.url), 'utf8'),
  );
  it('should cite a source for every body', () => {
    for (const body of Object.values<{ source: string }>(data.bodies))
      expect(body.source).toMatch(/148-II|39-3/);
  });
  it('should agree with every example', () => {
    for (const example of data.examples) {
      const rules = bodyRules(example.body);
      const counts = { entitled: example.entitled, present: example.present };
      expect(meets(rules.quorum, example.present, counts), JSON.stringify(example)).toBe(
        example.quorum,
      );
      if (example.for !== undefined)
        expect(meets(rules.majority, example.for, counts), JSON.stringify(example)).toBe(
          example.adopted,
        );
    }
  });
  it('should compute two thirds of 25 as 17 and more than half of 25 as 13', () => {
    const session = bodyRules('session');
    expect(minimumCount(session.quorum, { entitled: 25, present: 20 })).toBe(17);
    expect(minimumCount(session.majority, { entitled: 25, present: 20 })).toBe(13);
    expect(minimumCount(session.majority, { entitled: 24, present: 20 })).toBe(13);
  });
});
