import { describe, expect, it } from 'vitest';
import { StepId } from '../../src/text/normalize/index.js';
import { run } from './normalize-helpers.js';

describe('dash', () => {
  it('should turn an em dash between Kazakh words into the canonical en dash', () => {
    const result = run('Жергілікті өзін-өзі басқару — мемлекеттегі', [StepId.DASHES]);
    expect(result.text).toBe('Жергілікті өзін-өзі басқару – мемлекеттегі');
    expect(result.repairs[0]).toMatchObject({ ruleId: 'dash', actual: '—', expected: '–' });
  });

  it('should turn a spaced hyphen between Russian words into a dash', () => {
    const result = run('опубликования - Законом РК', [StepId.DASHES]);
    expect(result.text).toBe('опубликования – Законом РК');
  });

  it('should turn Unicode hyphens into `-` and keep hyphens in words and ranges', () => {
    const result = run('өзін\u2010өзі, 13-17, 5 - 10, материально-технический', [StepId.DASHES]);
    expect(result.text).toBe('өзін-өзі, 13-17, 5 - 10, материально-технический');
    expect(result.repairs).toHaveLength(1);
  });
});

describe('quote', () => {
  it('should turn curly quotes in Kazakh into guillemets', () => {
    const result = run('“Жергілікті басқару туралы” Заң', [StepId.QUOTES]);
    expect(result.text).toBe('«Жергілікті басқару туралы» Заң');
  });

  it('should turn straight and low quotes in Russian into guillemets by position', () => {
    const result = run('Закон "О местном управлении" и „Жеті Жарғы“.', [StepId.QUOTES]);
    expect(result.text).toBe('Закон «О местном управлении» и «Жеті Жарғы».');
  });

  it('should leave quotes in HTML attributes alone', () => {
    const source = '<a id="st5"></a> Статья 5';
    expect(run(source, [StepId.QUOTES]).text).toBe(source);
  });
});
