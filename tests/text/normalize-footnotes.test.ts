import { describe, expect, it } from 'vitest';
import { StepId } from '../../src/text/normalize/index.js';
import { ruleIds, run } from './normalize-helpers.js';

const steps = [StepId.WHITESPACE, StepId.FOOTNOTES];

describe('footnote-marker and footnote-body', () => {
  it('should move a Russian footnote body out of the text and link its marker', () => {
    const source = [
      'внедрения в политическую структуру общества.1',
      '',
      ' 1См.: Руководство по новаторской практике. Алматы, 1997. С. 69.',
      '',
      'В Казахстане советского периода главным звеном',
    ].join('\n');
    const result = run(source, steps);
    expect(result.text).toBe(
      'внедрения в политическую структуру общества.\n\nВ Казахстане советского периода главным звеном',
    );
    expect(result.footnotes).toHaveLength(1);
    const [footnote] = result.footnotes;
    expect(footnote?.marker).toBe('1');
    expect(footnote?.body).toBe('См.: Руководство по новаторской практике. Алматы, 1997. С. 69.');
    expect(source.slice(footnote!.markerSource!.start, footnote!.markerSource!.end)).toBe('1');
    expect(source.slice(footnote!.bodySource.start, footnote!.bodySource.end)).toBe(
      '1См.: Руководство по новаторской практике. Алматы, 1997. С. 69.',
    );
    expect(ruleIds(result)).toEqual(expect.arrayContaining(['footnote-marker', 'footnote-body']));
  });

  it('should split a marker glued to a Kazakh word when a spaced body follows', () => {
    const source = 'Азаматтық қоғамның1 институттары дамиды.\n1 Там же. С. 12.\nКелесі абзац.';
    const result = run(source, steps);
    expect(result.text).toBe('Азаматтық қоғамның институттары дамиды.\nКелесі абзац.');
    expect(result.footnotes[0]).toMatchObject({ marker: '1', body: 'Там же. С. 12.' });
  });

  it('should join the lines of a footnote body and stop where the page text resumes', () => {
    const source = [
      'сужаются.2',
      '2Об историческом опыте местного самоуправления в Казах-',
      'стане. См.: Буктугутова Р.С., Джаниева Р.М. Деятельность ор-',
      'ганов самоуправления. Алматы, 2015.',
      'лице, вопросы не решает, а запутывает.',
    ].join('\n');
    const result = run(source, steps);
    expect(result.footnotes[0]?.body).toBe(
      'Об историческом опыте местного самоуправления в Казахстане. См.: Буктугутова Р.С., Джаниева Р.М. Деятельность органов самоуправления. Алматы, 2015.',
    );
    expect(result.text).toBe('сужаются.\nлице, вопросы не решает, а запутывает.');
  });

  it('should keep numbers glued to words when no footnote body exists', () => {
    for (const source of [
      'жергілікті атқарушы органдар1\nЖергілікті атқарушы органдар',
      'Это установлено ст.1. Закона',
      'белгілерін айыруға болады:1. Ең алдымен',
    ]) {
      const result = run(source, steps);
      expect(result.text).toBe(source);
      expect(result.footnotes).toEqual([]);
    }
  });

  it('should not take an abbreviation with a number for a marker', () => {
    const source = 'согласно ст.1 Закона о статусе.\n1 Там же.';
    const result = run(source, steps);
    expect(result.text).toContain('ст.1 Закона');
    expect(result.footnotes).toEqual([]);
  });
});
