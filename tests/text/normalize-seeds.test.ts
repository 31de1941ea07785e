import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type NormalizedText, normalize } from '../../src/text/normalize/index.js';
import { hasShared, seedFiles, seedsDir } from '../helpers/shared.js';

const results = new Map<string, NormalizedText>();
function normalized(name: string): NormalizedText {
  let result = results.get(name);
  if (!result) {
    result = normalize(readFileSync(`${seedsDir}${name}`, 'utf8'));
    results.set(name, result);
  }
  return result;
}

/** The normalized text around a phrase, and the source it maps back to. */
function mapped(result: NormalizedText, phrase: string): string {
  const at = result.text.indexOf(phrase);
  expect(at, phrase).toBeGreaterThanOrEqual(0);
  const range = result.map.toSource(at, at + phrase.length);
  return result.source.slice(range.start, range.end);
}

describe.skipIf(!hasShared)('normalize on the seed corpus', () => {
  it.each(seedFiles())('should normalize %s with consistent repairs and paragraphs', (name) => {
    const result = normalized(name);
    expect(result.text.length).toBeGreaterThan(0);
    for (const repair of result.repairs) {
      expect(result.source.slice(repair.source.start, repair.source.end)).toBe(repair.actual);
    }
    for (const paragraph of result.paragraphs) {
      const text = result.text.slice(paragraph.start, paragraph.end);
      expect(text).not.toContain('\n');
      expect(text.trim()).toBe(text);
    }
    expect(result.text).not.toMatch(/[\u00a0\t]| {2}|\n{3}/);
  });

  it('should separate the sentences glued with `..` in 000', () => {
    const result = normalized('000_09bd66319cd366e7.txt');
    expect(result.text).toContain('қамтамасыз етіледі. Қазақстан Республикасы');
    expect(mapped(result, 'етіледі. Қазақстан')).toBe('етіледі..Қазақстан');
    expect(result.text).not.toMatch(/\p{Ll}\.\.\p{Lu}/u);
    expect(result.text).toContain('23.06.2001 ж. қабылданған № 633 Жарлығына');
  });

  it('should repair the Latin i and the N in 001', () => {
    const result = normalized('001_5d63fab46cf646f4.txt');
    expect(result.text).toContain('салааралық үйлестіруді');
    expect(result.text).toContain('№ 148 Заңы');
  });

  it('should rebuild the double-spaced wrapped text of 002 and keep өзін-өзі', () => {
    const result = normalized('002_15e7ad0d05a38c89.txt');
    expect(result.text).toContain('құрылым негізінің ажырамас тетігі');
    expect(result.text).toContain('Васильчиков өзін-өзі басқаруды');
    expect(result.text).toContain('Негізгі мәселе');
  });

  it('should separate sentences glued with `.` in 003', () => {
    const result = normalized('003_fc27ebda89a446a4.txt');
    expect(result.text).toContain('бекітілген. Осыған орай');
    expect(mapped(result, 'бекітілген. Осыған')).toBe('бекітілген.Осыған');
  });

  it('should join Конститу-/ции and пра-/вительство but keep материально-технического in 004', () => {
    const result = normalized('004_61666abcd2f09a25.txt');
    expect(result.text).toContain('(ст. 85 Конституции РК)');
    expect(mapped(result, 'Конституции РК)')).toBe('Конститу-\nции РК)');
    expect(result.text).toContain('распустить правительство');
    expect(result.text).toContain('финансового и материально-технического обеспечения их');
    expect(result.text).not.toContain('материальнотехнического');
  });

  it('should move the footnotes of 004 out of the text and link their markers', () => {
    const result = normalized('004_61666abcd2f09a25.txt');
    expect(result.footnotes.map((footnote) => footnote.marker)).toEqual(['1', '2', '3', '4']);
    expect(result.footnotes.filter((footnote) => footnote.markerSource)).toHaveLength(3);
    expect(result.text).not.toContain('1См.:');
    expect(result.text).toContain('структуру общества.');
    expect(result.text).not.toContain('общества.1');
    for (const footnote of result.footnotes) {
      const body = result.source.slice(footnote.bodySource.start, footnote.bodySource.end);
      expect(body.startsWith(footnote.marker)).toBe(true);
    }
  });
});
