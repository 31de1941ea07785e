import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import realiaData from '../../data/lexicons/ru-realia.json' with { type: 'json' };
import {
  generateRealiaForms,
  getDefaultRealia,
  getRealiaPhrases,
  loadRussianLemmatizer,
  type RealiaEntry,
  type RussianLemmatizer,
} from '../../src/glossary/ru/index.js';
import { readRussianGold } from '../eval/ru-morphology.js';
import { hasShared, lawsDir, seedsDir } from '../helpers/shared.js';

let ru: RussianLemmatizer;
beforeAll(async () => {
  ru = await loadRussianLemmatizer();
});

const entry = (lemma: string): RealiaEntry => {
  const found = getDefaultRealia().entries.find((e) => e.lemma === lemma);
  if (found === undefined) throw new Error(`no realia entry ${lemma}`);
  return found;
};

describe('ru-realia.json', () => {
  it('should cover the realia the glossary needs', () => {
    const lemmas = getDefaultRealia().entries.map((e) => e.lemma);
    expect(lemmas).toEqual(
      expect.arrayContaining(['маслихат', 'аким', 'акимат', 'мажилис', 'сенат', 'аул', 'аульный']),
    );
  });

  it('should read every listed example back to its entry', () => {
    for (const data of realiaData.entries) {
      expect(data.examples.length).toBeGreaterThan(0);
      for (const form of data.examples) {
        expect(ru.lemmatize(form)[0], form).toMatchObject({
          lemma: data.lemma,
          known: true,
          source: 'realia',
        });
      }
    }
  });

  it('should bring every phrase example back to its phrase', () => {
    for (const { phrase, examples } of getRealiaPhrases()) {
      for (const form of examples) expect(ru.lemmatizePhrase(form), form).toBe(phrase);
    }
  });
});

describe('generateRealiaForms', () => {
  it('should build singular and plural case forms of hard-stem nouns', () => {
    const akim = generateRealiaForms(entry('аким'));
    expect(akim).toEqual([
      'аким',
      'акима',
      'акиму',
      'акимом',
      'акиме',
      'акимы',
      'акимов',
      'акимам',
      'акимами',
      'акимах',
    ]);
    expect(generateRealiaForms(entry('Шымкент'))).toEqual([
      'Шымкент',
      'Шымкента',
      'Шымкенту',
      'Шымкентом',
      'Шымкенте',
    ]);
  });

  it('should decline -й stems, -а stems and leave indeclinables alone', () => {
    expect(generateRealiaForms(entry('курултай'))).toEqual(
      expect.arrayContaining(['курултая', 'курултаю', 'курултаем', 'курултае', 'курултаев']),
    );
    const astana = generateRealiaForms(entry('Астана'));
    expect(astana).toEqual(['Астана', 'Астаны', 'Астане', 'Астану', 'Астаной']);
    expect(generateRealiaForms(entry('Алматы'))).toEqual(['Алматы']);
    expect(generateRealiaForms(entry('аульный'))).toContain('аульными');
  });
});

describe.skipIf(!hasShared)('ru-morphology gold', () => {
  it('should hold at least 300 forms of 30 lemmas, each found in its source text', () => {
    const gold = readRussianGold();
    expect(gold.length).toBeGreaterThanOrEqual(300);
    expect(new Set(gold.map((item) => item.lemma)).size).toBeGreaterThanOrEqual(30);
    const texts = new Map<string, string>();
    for (const item of gold) {
      const source = item.source ?? '';
      const path = source.endsWith('.ru') ? `${lawsDir}${source}.md` : `${seedsDir}${source}.txt`;
      if (!texts.has(source)) texts.set(source, readFileSync(path, 'utf8'));
      expect(texts.get(source), item.form).toContain(item.form);
    }
  });
});
