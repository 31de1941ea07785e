import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import functionWords from '../../data/lexicons/function-words.json' with { type: 'json' };
import { collectEvidence, detectLanguage } from '../../src/text/language.js';
import { hasShared, seedFiles, seedsDir } from '../helpers/shared.js';

describe('detectLanguage', () => {
  it('should label a Kazakh sentence kk with high confidence', () => {
    const guess = detectLanguage(
      'Жергілікті өзін-өзі басқару органдары тұрғындардың мүдделерін білдіреді және қорғайды.',
    );
    expect(guess.lang).toBe('kk');
    expect(guess.confidence).toBeGreaterThan(0.8);
  });

  it('should label a Russian sentence ru with high confidence', () => {
    const guess = detectLanguage(
      'Органы местного самоуправления представляют и защищают интересы жителей на своей территории.',
    );
    expect(guess.lang).toBe('ru');
    expect(guess.confidence).toBeGreaterThan(0.8);
  });

  it('should label English prose en', () => {
    expect(detectLanguage('The law is officially published in the state language.').lang).toBe(
      'en',
    );
  });

  it('should label Kazakh without Kazakh-specific letters kk (function words, endings, tie-break)', () => {
    expect(detectLanguage('Бала мектепке барады.').lang).toBe('kk');
  });

  it('should count Latin i and ə inside Kazakh words as Kazakh', () => {
    const evidence = collectEvidence('Жергiлiктi мəселе');
    expect(evidence.kkVotes).toBe(2);
    expect(evidence.latinLetters).toBe(0);
    expect(detectLanguage('Жергiлiктi мемлекеттiк басқару және өзiн-өзi басқару').lang).toBe('kk');
  });

  it('should keep English words with i as Latin', () => {
    expect(collectEvidence('this is it').latinWords).toBe(3);
  });

  it('should give the majority with lower confidence to a mixed paragraph', () => {
    const kk = 'Облыс әкімдігі жергілікті бюджеттің атқарылуы туралы есепті мәслихатқа ұсынады.';
    const ru =
      'Акимат области вносит в маслихат отчёт об исполнении местного бюджета и о его результатах за год.';
    const pureRu = detectLanguage(ru);
    const mixed = detectLanguage(`${kk} ${ru} ${ru}`);
    expect(mixed.lang).toBe('ru');
    expect(mixed.confidence).toBeLessThan(pureRu.confidence);
    expect(mixed.scores.kk).toBeGreaterThan(0.1);
  });

  it('should label numbers-only and empty paragraphs other with low confidence', () => {
    for (const text of ['2001', '12-15, 27.', '', '   ', '— 3 —']) {
      const guess = detectLanguage(text);
      expect(guess.lang).toBe('other');
      expect(guess.confidence).toBeLessThanOrEqual(0.3);
    }
  });

  it('should label links and codes other', () => {
    expect(detectLanguage('https://adilet.zan.kz/kaz/docs/Z010000148_').lang).toBe('other');
    expect(detectLanguage('ISBN 978-601-04-1234-5').lang).toBe('other');
  });

  it('should cap the confidence of short paragraphs', () => {
    for (const text of ['Аңдатпа', 'Введение', 'Abstract', 'О судах']) {
      expect(detectLanguage(text).confidence).toBeLessThanOrEqual(0.5);
    }
  });

  it('should label Ukrainian, German and Chinese other', () => {
    expect(
      detectLanguage('Закон України про місцеве самоврядування визначає систему та гарантії.').lang,
    ).toBe('other');
    expect(detectLanguage('Das Gesetz regelt die örtliche Selbstverwaltung.').lang).toBe('other');
    expect(detectLanguage('地方自治法').lang).toBe('other');
  });

  it('should fall back to the rule majority without tie-break', () => {
    const guess = detectLanguage('Депутат', { tieBreak: false });
    expect(['kk', 'ru']).toContain(guess.lang);
    expect(guess.confidence).toBeLessThanOrEqual(0.3);
  });

  it('should return scores that are shares between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const guess = detectLanguage(text);
        const values = Object.values(guess.scores);
        expect(values.every((v) => v >= 0 && v <= 1)).toBe(true);
        const sum = values.reduce((a, b) => a + b, 0);
        expect(sum === 0 || Math.abs(sum - 1) < 0.01).toBe(true);
        expect(guess.confidence).toBeGreaterThanOrEqual(0);
        expect(guess.confidence).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('should never throw on arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(['kk', 'ru', 'en', 'other']).toContain(detectLanguage(text).lang);
      }),
    );
  });
});

describe('function-word lexicon', () => {
  it('should keep the kk, ru and en word lists disjoint and lowercase', () => {
    const kk = new Set(functionWords.kk.words);
    for (const word of functionWords.ru.words) expect(kk.has(word)).toBe(false);
    for (const list of [functionWords.kk.words, functionWords.ru.words, functionWords.en.words]) {
      for (const word of list) expect(word).toBe(word.toLowerCase());
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('should detect every example with its own language', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      for (const example of functionWords[lang].examples) {
        expect(detectLanguage(example).lang).toBe(lang);
      }
    }
  });
});

describe.skipIf(!hasShared)('detectLanguage on the seeds', () => {
  it('should find Kazakh, Russian and English abstracts in seed 002', () => {
    const text = readFileSync(`${seedsDir}002_15e7ad0d05a38c89.txt`, 'utf8');
    const paragraphs = text.split('\n').filter((line) => line.trim().length > 60);
    const langs = new Set(paragraphs.map((p) => detectLanguage(p).lang));
    expect(langs).toEqual(new Set(['kk', 'ru', 'en']));
  });

  it('should label the long lines of the Kazakh seeds kk, except the ru-majority mixed ones', () => {
    for (const name of seedFiles().filter((n) => !n.startsWith('002') && !n.startsWith('004'))) {
      const lines = readFileSync(`${seedsDir}${name}`, 'utf8')
        .split('\n')
        .filter((line) => /[әғқңөұүһі]/.test(line) && line.length > 80);
      const guesses = lines.map((line) => detectLanguage(line));
      const kk = guesses.filter((guess) => guess.lang === 'kk').length;
      expect(kk / lines.length).toBeGreaterThan(0.9);
      // Seed 001 has periodization lines that open in Kazakh and go on in Russian.
      for (const guess of guesses.filter((g) => g.lang !== 'kk')) {
        expect(guess.lang).toBe('ru');
        expect(guess.scores.kk).toBeGreaterThan(0);
        expect(guess.confidence).toBeLessThanOrEqual(0.6);
      }
    }
  });
});
