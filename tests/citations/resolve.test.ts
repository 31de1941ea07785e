import { describe, expect, it } from 'vitest';
import {
  type CitationRegistry,
  CONSTITUTION_1995,
  CONSTITUTION_2026,
  findCitations,
  pinTargets,
} from '../../src/citations/index.js';
import { loadRegistry } from '../../src/citations/registry/index.js';
import { fakeRegistry } from './fake-registry.js';

const registry = fakeRegistry();
const law148 = '/akn/kz/act/2001-01-23/148-ii';

describe('resolution', () => {
  it('should accept the project registry as a citation registry', () => {
    const real: CitationRegistry = loadRegistry();
    const [c] = findCitations('п. 1 ст. 89 Конституции РК', {
      registry: real,
      documentDate: '2020-01-01',
    });
    expect(c?.target).toBe(`${CONSTITUTION_1995}/~art_89__para_1`);
  });

  it('should choose the Constitution by the document date', () => {
    const before = findCitations('статьи 89 Конституции', {
      registry,
      documentDate: '2026-06-30',
    })[0];
    const after = findCitations('статьи 89 Конституции', {
      registry,
      documentDate: '2026-07-01',
    })[0];
    expect(before?.target).toBe(`${CONSTITUTION_1995}/~art_89`);
    expect(after?.target).toBe(`${CONSTITUTION_2026}/~art_89`);
  });

  it('should say so when the document date is unknown', () => {
    const [c] = findCitations('ҚР Конституциясының 89-бабы', { registry, lang: 'kk' });
    expect(c?.reason).toMatch(/date unknown/);
    expect(c?.confidence).toBeLessThan(0.9);
  });

  it('should leave a citation of a missing article unresolved, with candidates', () => {
    const [c] = findCitations('статьи 98 Конституции', { registry, documentDate: '2027-01-01' });
    expect(c?.resolved).toBe(false);
    expect(c?.target).toBeNull();
    expect(c?.reason).toContain(CONSTITUTION_1995);
  });

  it('should resolve self references to the current act and unit', () => {
    const context = { registry, selfActId: 'law-148-ii', unitAt: () => ({ article: '20' }) };
    const found = findCitations(
      'пункт 4-1 статьи 20 настоящего Закона и пунктом 2 настоящей статьи',
      context,
    );
    expect(found.map((c) => c.target)).toEqual([
      `${law148}/~art_20__para_4-1`,
      `${law148}/~art_20__para_2`,
    ]);
    expect(found.every((c) => c.kind === 'self')).toBe(true);
  });

  it('should resolve an alias declared by (далее – Закон)', () => {
    const text =
      'Закон Республики Казахстан от 23 января 2001 года № 148-II (далее – Закон). Согласно статье 6 Закона аким';
    const found = findCitations(text, { registry, documentDate: '2020-01-01' });
    expect(found).toHaveLength(2);
    expect(found[1]?.kind).toBe('alias');
    expect(found[1]?.target).toBe(`${law148}/~art_6`);
  });

  it('should resolve anaphora only when exactly one act fits', () => {
    const one = findCitations(
      'Законом РК от 23 января 2001 года № 148-II установлено, что согласно статье 6 указанного Закона',
      { registry },
    );
    expect(one[1]?.kind).toBe('anaphoric');
    expect(one[1]?.target).toBe(`${law148}/~art_6`);
    const two = findCitations(
      'Законом РК от 23.01.2001 № 148-II и Законом РК от 09.02.2009 № 126-IV; статья 2 указанного Закона',
      { registry },
    );
    const anaphora = two.find((c) => c.kind === 'anaphoric');
    expect(anaphora?.resolved).toBe(false);
    expect(anaphora?.reason).toMatch(/2 candidate acts/);
  });

  it('should label foreign, Soviet and draft acts without resolving them', () => {
    const found = [
      ...findCitations('Конституции Российской Федерации, Закона СССР и законопроекта', {
        registry,
      }),
      ...findCitations('Германияның Конституциясы және Заң жобасы', { registry }),
    ];
    expect(found.map((c) => c.kind)).toEqual(['foreign', 'foreign', 'draft', 'foreign', 'draft']);
    expect(found.every((c) => !c.resolved && c.target === null)).toBe(true);
  });

  it('should expand lists and ranges into one target per pin', () => {
    const [c] = findCitations('статьями 85–89 Конституции', {
      registry,
      documentDate: '2020-01-01',
    });
    expect(pinTargets(c!)).toEqual(
      ['85', '86', '87', '88', '89'].map((n) => `${CONSTITUTION_1995}/~art_${n}`),
    );
  });

  it('should read a word hyphenated across a line break', () => {
    const [c] = findCitations('ст. 85 Конститу-\nции РК', { registry, documentDate: '2020-01-01' });
    expect(c?.target).toBe(`${CONSTITUTION_1995}/~art_85`);
  });

  it('should not take a heading for a citation', () => {
    expect(findCitations('### Статья 5. Порядок образования маслихатов', { lang: 'ru' })).toEqual(
      [],
    );
    expect(findCitations('### 5-бап. Мәслихаттарды құру тәртiбi', { lang: 'kk' })).toEqual([]);
  });
});

describe('resolution across paragraphs and alias parentheses', () => {
  it('should read a kk chain after an alias parenthesis against the act before it', () => {
    const text =
      '«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» 2001 жылғы 23 қаңтардағы № 148-II Заңының (бұдан әрі – Заң) 39-3-бабына сәйкес өткізіледі.';
    const [c] = findCitations(text, { registry, lang: 'kk' });
    expect(c?.text.endsWith('39-3-бабына')).toBe(true);
    expect(c?.target).toBe(`${law148}/~art_39-3`);
  });

  it('should resolve `указанного Закона` to the only law the document cited, even paragraphs back', () => {
    const text = [
      'Собрание проводится в соответствии со статьей 39-3 Закона Республики Казахстан от 23 января 2001 года № 148-II.',
      'Решения собрания носят рекомендательный характер.',
      'Аким участвует в собрании.',
      'В соответствии с пунктом 6 статьи 39-3 указанного Закона собрание оформляется протоколом.',
    ].join('\n\n');
    const found = findCitations(text, { registry, lang: 'ru' });
    const anaphoric = found.find((c) => c.text.includes('указанного'));
    expect(anaphoric?.kind).toBe('anaphoric');
    expect(anaphoric?.target).toBe(`${law148}/~art_39-3__para_6`);
  });

  it('should still abstain on `указанного Закона` when two laws were cited before', () => {
    const text = [
      'Согласно статье 39-3 Закона от 23 января 2001 года № 148-II и статье 5 Закона от 9 февраля 2009 года № 126-IV.',
      'Это важно.',
      'Это тоже важно.',
      'Пункт 6 статьи 39-3 указанного Закона применяется.',
    ].join('\n\n');
    const anaphoric = findCitations(text, { registry, lang: 'ru' }).find((c) =>
      c.text.includes('указанного'),
    );
    expect(anaphoric?.resolved).toBe(false);
  });
});

describe('coordinated Russian chains', () => {
  it('should give every chain the act written after the last one', () => {
    const text =
      'предусмотренные статьями 11, 13–15, пунктом 1 статьи 16 и статьей 17 Конституции.';
    const found = findCitations(text, { registry, lang: 'ru', documentDate: '2020-01-01' });
    expect(found.map((c) => c.text)).toEqual([
      'статьями 11, 13–15',
      'пунктом 1 статьи 16',
      'статьей 17 Конституции',
    ]);
    for (const c of found) expect(c.target?.startsWith(CONSTITUTION_1995)).toBe(true);
    expect(found.map((c) => c.kind)).toEqual(['short', 'short', 'full']);
  });

  it('should not give a chain the act of a chain across a full stop or other words', () => {
    const context = { registry, lang: 'ru' as const, documentDate: '2020-01-01' };
    for (const text of [
      'согласно статье 5. Статья 7 Конституции',
      'статьей 5 закреплено, что статья 7 Конституции',
    ]) {
      const [first] = findCitations(text, context);
      expect(first?.target ?? null, text).toBeNull();
    }
  });

  it('should read `г.` after a dotted date and go on to the number', () => {
    const [c] = findCitations('ст. 6 Закона РК от 23.01.2001 г. № 148-II', {
      registry,
      lang: 'ru',
    });
    expect(c?.text).toBe('ст. 6 Закона РК от 23.01.2001 г. № 148-II');
    expect(c?.act?.number).toBe('148-II');
    expect(c?.target).toBe(`${law148}/~art_6`);
  });
});
