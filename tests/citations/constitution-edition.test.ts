import { describe, expect, it } from 'vitest';
import { CONSTITUTION_1995, CONSTITUTION_2026, findCitations } from '../../src/citations/index.js';
import type { CitationContext, CitationLang } from '../../src/citations/types.js';
import { fakeRegistry } from './fake-registry.js';

const registry = fakeRegistry();

function first(text: string, lang: CitationLang, documentDate: string | null = null) {
  const context: CitationContext = { lang, registry, documentDate };
  const found = findCitations(text, context);
  expect(found.length).toBeGreaterThan(0);
  return found[0]!;
}

describe('the edition of the Constitution written in a citation', () => {
  it.each([
    ['kk', '2026 жылғы Конституцияның 89-бабы', '2024-01-10', `${CONSTITUTION_2026}/~art_89`],
    ['kk', '1995 жылғы Конституцияның 89-бабы', '2026-09-01', `${CONSTITUTION_1995}/~art_89`],
    ['kk', '2026 жылғы ҚР Конституциясының 2-бабы', null, `${CONSTITUTION_2026}/~art_2`],
    ['ru', 'статьи 89 Конституции 2026 года', '2024-01-10', `${CONSTITUTION_2026}/~art_89`],
    ['ru', 'статьи 89 Конституции 1995 года', '2026-09-01', `${CONSTITUTION_1995}/~art_89`],
    ['ru', 'ст. 2 Конституции РК 1995 г.', null, `${CONSTITUTION_1995}/~art_2`],
  ] as const)(
    'should let a year name it over the document date: %s «%s»',
    (lang, text, date, target) => {
      const c = first(text, lang, date);
      expect(c.text).toBe(text);
      expect(c.target).toBe(target);
      expect(c.reason).toMatch(/named in the citation/);
    },
  );

  it('should let the adoption date name it', () => {
    const kk = first(
      'Қазақстан Республикасының 1995 жылғы 30 тамыздағы Конституциясының 2-бабы',
      'kk',
      '2026-09-01',
    );
    expect(kk.target).toBe(`${CONSTITUTION_1995}/~art_2`);
    const ru = first('статьи 2 Конституции Республики Казахстан от 15 марта 2026 года', 'ru');
    expect(ru.target).toBe(`${CONSTITUTION_2026}/~art_2`);
  });

  it('should read a year before `қабылданған` (adopted)', () => {
    const c = first(
      '1995 жылы қабылданған Қазақстан Республикасы Конституциясының 1-бабында',
      'kk',
      '2026-09-01',
    );
    expect(c.text.startsWith('1995 жылы')).toBe(true);
    expect(c.target).toBe(`${CONSTITUTION_1995}/~art_1`);
  });

  it('should not resolve an earlier Constitution to the 1995 one', () => {
    for (const [text, lang] of [
      ['статьи 2 Конституции 1993 года', 'ru'],
      ['1937 жылғы Конституциясында', 'kk'],
    ] as const) {
      const c = first(text, lang, '2024-01-10');
      expect(c.target).toBeNull();
      expect(c.resolved).toBe(false);
      expect(c.reason).toMatch(/before 1995\) is not in the registry/);
    }
  });

  it('should read the year of an amendment as the Constitution in force that year', () => {
    expect(first('2022 жылғы Конституцияның 2-бабы', 'kk', '2026-09-01').target).toBe(
      `${CONSTITUTION_1995}/~art_2`,
    );
    expect(first('статьи 2 Конституции 2027 года', 'ru', '2026-09-01').target).toBe(
      `${CONSTITUTION_2026}/~art_2`,
    );
  });

  it('should leave a year that is not attached to the word to the document date', () => {
    const c = first('статьи 89 Конституции, 1995 года', 'ru', '2026-09-01');
    expect(c.text).toBe('статьи 89 Конституции');
    expect(c.target).toBe(`${CONSTITUTION_2026}/~art_89`);
  });

  it('should not read a bare year as a law’s requisite', () => {
    const c = first('статьи 6 Закона 2001 года', 'ru');
    expect(c.text).toBe('статьи 6 Закона');
    expect(c.act?.date ?? null).toBeNull();
  });
});
