import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildRealiaLexicon,
  defaultDictsPath,
  fallbackLemmas,
  loadRussianLemmatizer,
  type RussianLemmatizer,
} from '../../src/glossary/ru/index.js';
import evaluate, { readRussianGold } from '../eval/ru-morphology.js';

let ru: RussianLemmatizer;
beforeAll(async () => {
  ru = await loadRussianLemmatizer();
});

const first = (word: string): string | undefined => ru.lemmatize(word)[0]?.lemma;

describe('loadRussianLemmatizer', () => {
  it('should find az dictionaries next to the installed package', () => {
    expect(existsSync(`${defaultDictsPath()}/words.dawg`)).toBe(true);
  });

  it('should load once and return the cached lemmatizer on a second call', async () => {
    const again = await loadRussianLemmatizer();
    expect(again).toBe(ru);
    expect(again.lemmatize('органов')[0]?.lemma).toBe('орган');
  });

  it('should reject with a KazlexError when the dictionaries are missing', async () => {
    await expect(loadRussianLemmatizer({ dictsPath: '/nonexistent/az-dicts' })).rejects.toThrow(
      /cannot load az dictionaries/,
    );
  });
});

describe('lemmatize', () => {
  it('should read realia forms from the override lexicon', () => {
    const expected: [string, string][] = [
      ['маслихата', 'маслихат'],
      ['маслихатов', 'маслихат'],
      ['акиму', 'аким'],
      ['акиматом', 'акимат'],
      ['мажилиса', 'мажилис'],
      ['Курултаем', 'курултай'],
    ];
    for (const [form, lemma] of expected) {
      expect(ru.lemmatize(form)[0]).toEqual({ lemma, pos: 'noun', known: true, source: 'realia' });
    }
  });

  it('should let the override lexicon win over the dictionary', () => {
    // az knows Аким as a first name and Алматы as the plural of *Алмат.
    expect(first('Акима')).toBe('аким');
    expect(first('Алматы')).toBe('Алматы');
    // сенат is in az's dictionary too, the realia entry still comes first.
    expect(ru.lemmatize('сената')[0]?.source).toBe('realia');
  });

  it('should bring common legal nouns to one lemma', () => {
    for (const form of ['органы', 'органов', 'органам', 'органами', 'орган']) {
      expect(ru.lemmatize(form)[0]).toEqual({
        lemma: 'орган',
        pos: 'noun',
        known: true,
        source: 'dictionary',
      });
    }
    expect(first('полномочий')).toBe('полномочие');
    expect(first('областей')).toBe('область');
  });

  it('should fold ё to е in input and lemmas', () => {
    expect(ru.lemmatize('ёлки')).toEqual(ru.lemmatize('елки'));
    expect(first('ёлки')).toBe('елка');
    expect(first('учёта')).toBe('учет');
  });

  it('should ignore letter case and lowercase common nouns', () => {
    expect(ru.lemmatize('ОРГАНОВ')).toEqual(ru.lemmatize('органов'));
    expect(ru.lemmatize('МаСлИхАтА')).toEqual(ru.lemmatize('маслихата'));
    expect(first('Органы')).toBe('орган');
  });

  it('should keep letter case out of the result for every gold form', () => {
    const forms = readRussianGold().map((item) => item.form);
    fc.assert(
      fc.property(fc.constantFrom(...forms), (form) => {
        const lower = ru.lemmatize(form.toLowerCase());
        expect(ru.lemmatize(form.toUpperCase())).toEqual(lower);
        expect(ru.lemmatize(form)).toEqual(lower);
      }),
    );
  });

  it('should capitalize proper nouns only', () => {
    expect(first('казахстана')).toBe('Казахстан');
    expect(first('Республики')).toBe('республика');
  });

  it('should keep participles as adjectives, the way glossaries list them', () => {
    expect(ru.lemmatize('уполномоченного')[0]).toMatchObject({
      lemma: 'уполномоченный',
      pos: 'adjective',
    });
  });

  it('should fall back to the suffix rule for unknown words', () => {
    expect(ru.lemmatize('пробации')).toEqual([
      { lemma: 'пробация', pos: 'noun', known: false, source: 'fallback' },
      { lemma: 'пробации', pos: null, known: false, source: 'fallback' },
    ]);
  });

  it('should not cut Russian endings off Kazakh or non-Cyrillic words', () => {
    expect(ru.lemmatize('мәслихаттың')).toEqual([
      { lemma: 'мәслихаттың', pos: null, known: false, source: 'fallback' },
    ]);
    expect(ru.lemmatize('148-II')[0]?.lemma).toBe('148-ii');
    expect(ru.lemmatize('   ')).toEqual([]);
  });

  it('should never throw and always return well-formed readings', () => {
    const cyrillic = fc
      .array(fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАЯЁәқ- '), { maxLength: 20 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), cyrillic), (word) => {
        const readings = ru.lemmatize(word);
        for (const reading of readings) {
          expect(reading.lemma.length).toBeGreaterThan(0);
          expect(['realia', 'dictionary', 'fallback']).toContain(reading.source);
          expect(reading.known).toBe(reading.source !== 'fallback');
        }
        expect(typeof ru.lemmatizePhrase(word)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('lemmatize on pathological input', () => {
  it('should answer long and many-hyphened strings quickly', () => {
    // az's hyphen parsers once ran out of memory on the first of these.
    const inputs = [`${'а-'.repeat(2000)}а`, 'органов'.repeat(2000), `${'по-'.repeat(300)}орган`];
    for (const input of inputs) {
      const started = performance.now();
      expect(ru.lemmatize(input).length).toBeGreaterThan(0);
      expect(ru.lemmatizePhrase(input).length).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('should still read real compounds with hyphens', () => {
    expect(first('уголовно-исполнительной')).toBe('уголовно-исполнительный');
    expect(first('психолого-медико-педагогические')).toBe('психолого-медико-педагогический');
  });
});

describe('lemmatize without the realia lexicon', () => {
  it('should reach the suffix fallback for the loans az lacks', async () => {
    const bare = await loadRussianLemmatizer({ realia: buildRealiaLexicon([]) });
    expect(bare).not.toBe(ru);
    expect(bare.lemmatize('маслихатов')[0]).toEqual({
      lemma: 'маслихат',
      pos: 'noun',
      known: false,
      source: 'fallback',
    });
  });
});

describe('fallbackLemmas', () => {
  it('should undo only predictable endings', () => {
    expect(fallbackLemmas('сейсмоустойчивости')[0]?.lemma).toBe('сейсмоустойчивость');
    expect(fallbackLemmas('подтоплений')[0]?.lemma).toBe('подтопление');
    expect(fallbackLemmas('одномандатному')[0]?.lemma).toBe('одномандатный');
    expect(fallbackLemmas('маслихатом')[0]?.lemma).toBe('маслихат');
    expect(fallbackLemmas('нп')).toEqual([
      { lemma: 'нп', pos: null, known: false, source: 'fallback' },
    ]);
  });

  it('should keep the word itself as the last reading and a stem of three letters', () => {
    const word = fc
      .array(fc.constantFrom(...'абвгдежзийклмнопрстуфхцчшщыьэюя'), { minLength: 1, maxLength: 14 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(word, (folded) => {
        const readings = fallbackLemmas(folded);
        expect(readings.at(-1)?.lemma).toBe(folded);
        for (const reading of readings) {
          expect(reading.lemma.length).toBeGreaterThanOrEqual(Math.min(3, folded.length));
          expect(reading.lemma.slice(0, 3)).toBe(folded.slice(0, 3));
        }
      }),
    );
  });
});

describe('lemmatizePhrase', () => {
  it('should agree adjectives with the head lemma', () => {
    expect(ru.lemmatizePhrase('местного государственного управления')).toBe(
      'местное государственное управление',
    );
    expect(ru.lemmatizePhrase('областной комиссии')).toBe('областная комиссия');
    expect(ru.lemmatizePhrase('районного маслихата')).toBe('районный маслихат');
    expect(ru.lemmatizePhrase('уполномоченного органа')).toBe('уполномоченный орган');
  });

  it('should leave the words after the head as written', () => {
    expect(ru.lemmatizePhrase('органов  местного государственного управления')).toBe(
      'орган местного государственного управления',
    );
    expect(ru.lemmatizePhrase('аппаратом акима')).toBe('аппарат акима');
  });

  it('should keep the way each word is written', () => {
    expect(ru.lemmatizePhrase('Республики Казахстан')).toBe('Республика Казахстан');
    expect(ru.lemmatizePhrase('МЕСТНЫХ ОРГАНОВ')).toBe('МЕСТНЫЙ ОРГАН');
    expect(ru.lemmatizePhrase('  ')).toBe('');
  });
});

describe('evaluation', () => {
  it('should beat PorterStemmerRu on the gold forms', async () => {
    const { metrics } = await evaluate();
    expect(metrics['forms']).toBeGreaterThanOrEqual(300);
    expect(metrics['lemmas']).toBeGreaterThanOrEqual(30);
    expect(metrics['lemma.accuracy']).toBeGreaterThanOrEqual(0.95);
    expect(metrics['lemma.accuracy.realia']).toBeGreaterThanOrEqual(0.98);
    expect(metrics['lemma.conflation']).toBeGreaterThan(metrics['porter.conflation'] ?? 1);
    expect(metrics['lemma.splitLemmas']).toBeLessThan(metrics['porter.splitLemmas'] ?? 0);
  });
});
