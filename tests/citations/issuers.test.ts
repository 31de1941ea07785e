import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/index.js';
import { loadRegistry } from '../../src/citations/registry/index.js';
import type { CitationLang } from '../../src/citations/types.js';

const registry = loadRegistry();
const cc8 = '/akn/kz/act/resolution/constitutional-court/2023-04-08/8-np';

function cite(text: string, lang: CitationLang) {
  const found = findCitations(text, { lang, registry, documentDate: '2026-09-01' });
  for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  return found;
}

describe('issuers, act adjectives and lettered numbers', () => {
  it('should resolve every Constitutional Court resolution a Kazakh note lists', () => {
    const found = cite(
      'Ескертпе. ҚР Конституциялық Сотының 08.04.2023 № 8-НҚ; 18.05.2023 № 14-НҚ; 11.07.2023 № 20-НҚ нормативтік қаулыларын қараңыз.',
      'kk',
    );
    expect(found.map((c) => c.target)).toEqual([
      cc8,
      '/akn/kz/act/resolution/constitutional-court/2023-05-18/14-np',
      '/akn/kz/act/resolution/constitutional-court/2023-07-11/20-np',
    ]);
    expect(found.map((c) => c.act?.number)).toEqual(['8-НҚ', '14-НҚ', '20-НҚ']);
  });

  it('should keep the letters of a number in both languages', () => {
    const [ru] = cite('постановлением Конституционного Суда РК от 08.04.2023 № 8-НП', 'ru');
    expect(ru?.text).toBe('постановлением Конституционного Суда РК от 08.04.2023 № 8-НП');
    expect(ru?.act?.number).toBe('8-НП');
    expect(ru?.target).toBe(cc8);
  });

  it('should take the issuer into a Kazakh mention of a decree or resolution', () => {
    const [c] = cite(
      'Қазақстан Республикасы Үкіметінің 2014 жылғы 29 желтоқсандағы № 1392 қаулысымен',
      'kk',
    );
    expect(c?.text).toBe(
      'Қазақстан Республикасы Үкіметінің 2014 жылғы 29 желтоқсандағы № 1392 қаулысымен',
    );
    expect(c?.act?.type).toBe('resolution');
  });

  it('should not take the subject of a sentence for the issuer of a Constitution or law', () => {
    const [c] = cite('Қазақстан Республикасының Президенті Конституцияның 44-бабына сәйкес', 'kk');
    expect(c?.text).toBe('Конституцияның 44-бабына');
  });

  it('should not read a bare resolution as a reference back to the one cited before', () => {
    const found = cite(
      'постановлением Конституционного Суда РК от 08.04.2023 № 8-НП.\n\nПостановления Курултая принимаются большинством голосов.',
      'ru',
    );
    const bare = found.find((c) => c.text === 'Постановления');
    expect(found[0]?.target).toBe(cc8);
    expect(bare?.target).toBeNull();
  });

  it('should still read a bare law as the one law the document cited', () => {
    const found = cite(
      'статьи 6 Закона Республики Казахстан от 23 января 2001 года № 148-II.\n\nстатьи 7 Закона',
      'ru',
    );
    expect(found[1]?.target).toBe('/akn/kz/act/2001-01-23/148-ii/~art_7');
  });

  it('should read Kazakh plural forms in every case as legislation in general', () => {
    for (const word of ['заңдарын', 'заңдарды', 'қаулыларын', 'қаулылардың', 'жарлықтар']) {
      const [c] = cite(`Қазақстан Республикасының ${word} сақтау`, 'kk');
      expect(c?.kind, word).toBe('generic');
    }
  });
});

describe('decisions of maslikhats and akimats', () => {
  it('should read a decision with its number, body and title in both languages', () => {
    const [kk] = cite(
      'Ақмола облысы Бурабай аудандық мәслихатының 2023 жылғы 22 желтоқсандағы № 8/89 «2024-2026 жылдарға арналған аудандық бюджет туралы» шешіміне өзгерістер енгізу туралы',
      'kk',
    );
    expect(kk?.text.startsWith('Бурабай аудандық мәслихатының 2023 жылғы')).toBe(true);
    expect(kk?.text.endsWith('шешіміне')).toBe(true);
    expect(kk?.act).toMatchObject({ type: 'decision', number: '8/89', date: '2023-12-22' });
    // the registry holds no local acts: typed and dated, but not resolved
    expect(kk?.resolved).toBe(false);
    const [ru] = cite(
      'решение Бурабайского районного маслихата от 22 декабря 2023 года № 8/89 «О районном бюджете на 2024-2026 годы»',
      'ru',
    );
    expect(ru?.act).toMatchObject({ type: 'decision', number: '8/89', date: '2023-12-22' });
    expect(ru?.act?.title).toBe('О районном бюджете на 2024-2026 годы');
  });

  it('should keep the convocation of a decision number', () => {
    const [c] = cite('мәслихатының 2024 жылғы 15 наурыздағы № 8/112-VIII шешімі', 'kk');
    expect(c?.act?.number).toBe('8/112-VIII');
  });

  it('should read no decision without a number', () => {
    for (const [text, lang] of [
      ['Бурабай аудандық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ: мәслихат шешім қабылдады.', 'kk'],
      ['2024 жылғы 15 наурыздағы шешімі', 'kk'],
      ['маслихат РЕШИЛ: принять решение. Настоящее решение вводится в действие.', 'ru'],
      ['решением маслихата от 22 декабря 2023 года', 'ru'],
    ] as const) {
      expect(cite(text, lang), text).toEqual([]);
    }
  });
});
