import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateAndNumber,
  formatNumber,
  formatPersonName,
  typographText,
} from '../../src/documents/format.js';
import { signatoryPost } from '../../src/documents/signatory.js';

const NB = '\u00a0';
const data = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../data/documents/${name}`, import.meta.url), 'utf8'));

describe('formatDate', () => {
  it('should write kk dates as «2023 жылғы 26 желтоқсандағы» with NBSP inside', () => {
    expect(formatDate('2023-12-26', { lang: 'kk' })).toBe(
      `2023${NB}жылғы${NB}26${NB}желтоқсандағы`,
    );
  });
  it('should write ru dates as «26 декабря 2023 года» with NBSP inside', () => {
    expect(formatDate('2023-12-26', { lang: 'ru' })).toBe(`26${NB}декабря${NB}2023${NB}года`);
  });
  it('should use the kk locative and nominative forms on request', () => {
    expect(formatDate('2015-12-29', { lang: 'kk', form: 'locative' })).toBe(
      `2015${NB}жылғы${NB}29${NB}желтоқсанда`,
    );
    expect(formatDate('2023-04-10', { lang: 'kk', form: 'nominative' })).toBe(
      `2023${NB}жылғы${NB}10${NB}сәуір`,
    );
  });
  it('should reject dates that are not on the calendar', () => {
    expect(() => formatDate('2023-02-30', { lang: 'ru' })).toThrow('not a calendar date');
  });
  it('should match every example in data/documents/months.json', () => {
    for (const example of data('months.json').examples) {
      expect(formatDate(example.date, { lang: 'kk' }).replaceAll(NB, ' ')).toBe(example.kk);
      expect(formatDate(example.date, { lang: 'ru' }).replaceAll(NB, ' ')).toBe(example.ru);
    }
  });
});

describe('formatDateAndNumber', () => {
  it('should give the published requisites line in both languages', () => {
    expect(formatDateAndNumber('2023-12-26', '71-VIII', 'kk').replaceAll(NB, ' ')).toBe(
      '2023 жылғы 26 желтоқсандағы № 71-VIII',
    );
    expect(formatDateAndNumber('2023-12-26', '71-VIII', 'ru').replaceAll(NB, ' ')).toBe(
      'от 26 декабря 2023 года № 71-VIII',
    );
  });
  it('should put a NBSP after №', () => {
    expect(formatDateAndNumber('2022-06-07', '1-6/VII', 'ru')).toContain(`№${NB}1-6/VII`);
  });
});

describe('formatNumber', () => {
  it('should group thousands with NBSP from five digits and use a decimal comma', () => {
    expect(formatNumber(1500, 'ru')).toBe('1500');
    expect(formatNumber(12500, 'kk')).toBe(`12${NB}500`);
    expect(formatNumber(1234567.5, 'ru')).toBe(`1${NB}234${NB}567,5`);
  });
});

describe('formatPersonName', () => {
  it('should bind initials to the surname with NBSP', () => {
    expect(formatPersonName('А. Рамазанов')).toBe(`А.${NB}Рамазанов`);
    expect(formatPersonName('Рамазанов  А. Б.')).toBe(`Рамазанов${NB}А.${NB}Б.`);
    expect(formatPersonName('Ә. Құрманғалиев')).toBe(`Ә.${NB}Құрманғалиев`);
  });
});

describe('typographText', () => {
  it('should turn straight quotes into «ёлочки» and spaced hyphens into en dashes', () => {
    expect(typographText('Закон "О местном" - текст')).toBe('Закон «О местном» – текст');
  });
  it('should keep Kazakh letters', () => {
    expect(typographText('әғқңөұүһі ӘҒҚҢӨҰҮҺІ')).toBe('әғқңөұүһі ӘҒҚҢӨҰҮҺІ');
  });
});

describe('signatoryPost', () => {
  it('should match every example in data/documents/signatories.json', () => {
    for (const example of data('signatories.json').examples) {
      expect(signatoryPost(example.date, 'kk')).toBe(example.kk);
      expect(signatoryPost(example.date, 'ru')).toBe(example.ru);
    }
  });
});
