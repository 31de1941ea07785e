import { describe, expect, it } from 'vitest';
import { findDocumentDate } from '../../src/pipeline/document-date.js';

describe('findDocumentDate', () => {
  it('should read the Kazakh requisites line of a decision', () => {
    const text =
      'Бурабай аудандық мәслихаты\n\nШЕШІМ\n\n2024 жылғы 15 наурыздағы № 8/112-VIII\nЩучинск қаласы';
    expect(findDocumentDate(text)).toBe('2024-03-15');
  });

  it('should read the Russian requisites line of a decision', () => {
    const text =
      'Бурабайский районный маслихат\n\nРЕШЕНИЕ\n\nот 26 декабря 2023 года № 71-VIII\nгород Щучинск';
    expect(findDocumentDate(text)).toBe('2023-12-26');
  });

  it('should not take the date of a cited law for the document date', () => {
    const text =
      'Как отмечает автор, закон от 23 января 2001 года № 148-II неоднократно менялся.\n' +
      'Жергілікті мемлекеттік басқару туралы 2001 жылғы 23 қаңтардағы № 148 Заң.';
    expect(findDocumentDate(text)).toBeNull();
  });

  it('should reject impossible dates', () => {
    expect(findDocumentDate('от 45 марта 2023 года № 1')).toBeNull();
  });
});
