/**
 * Structure and definition evaluation against the gold under tests/gold/:
 * structure F1 per language on Law 148-II (units matched by type + num + path),
 * numbered-definition recall and precision on its article 1, and inline-definition
 * recall and precision on the seeds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Definition, findDefinitions } from '../../src/structure/definitions/index.js';
import { parseStructure, type StructureUnit } from '../../src/structure/units/index.js';
import { hasShared, lawsDir, seedsDir } from '../helpers/shared.js';

const goldDir = fileURLToPath(new URL('../gold/', import.meta.url));
const GOLD_TYPES = new Set(['section', 'chapter', 'article', 'paragraph', 'subparagraph']);
const prefix: Record<string, string> = {
  section: 'sec',
  chapter: 'chp',
  article: 'art',
  paragraph: 'para',
  subparagraph: 'subpara',
};

export interface GoldUnit {
  type: string;
  num: string;
  path: string;
}

export interface InlineGold {
  file: string;
  lang: 'kk' | 'ru';
  term: string;
  start: number;
  end: number;
  definition: boolean;
}

export interface NumberedGold {
  languages: Record<
    'kk' | 'ru',
    { definitions: { num: string; term: string; definitionBegins: string }[] }
  >;
}

export function readGold<T>(name: string): T {
  return JSON.parse(readFileSync(`${goldDir}${name}`, 'utf8')) as T;
}

export function readInlineGold(): InlineGold[] {
  return readFileSync(`${goldDir}definitions-inline.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as InlineGold);
}

/** `type|num|chp_1/art_2/para_3` keys for the units the gold lists (no notes, indents, preamble). */
export function unitKeys(units: readonly StructureUnit[]): string[] {
  const keys: string[] = [];
  const walk = (level: readonly StructureUnit[], path: string) => {
    for (const unit of level) {
      if (!GOLD_TYPES.has(unit.type)) continue;
      const step = `${prefix[unit.type]}_${unit.num}`;
      const full = path === '' ? step : `${path}/${step}`;
      keys.push(`${unit.type}|${unit.num}|${full}`);
      walk(unit.children, full);
    }
  };
  walk(units, '');
  return keys;
}

export function f1(gold: readonly string[], predicted: readonly string[]) {
  const goldSet = new Set(gold);
  const predictedSet = new Set(predicted);
  const hits = [...predictedSet].filter((key) => goldSet.has(key)).length;
  const precision = predictedSet.size === 0 ? 0 : hits / predictedSet.size;
  const recall = goldSet.size === 0 ? 0 : hits / goldSet.size;
  const score = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: score, missed: [...goldSet].filter((k) => !predictedSet.has(k)) };
}

export function structureScore(lang: 'kk' | 'ru') {
  const gold = readGold<{ units: GoldUnit[] }>(`structure-law-148-II.${lang}.json`);
  const text = readFileSync(`${lawsDir}law-148-II.${lang}.md`, 'utf8');
  const goldKeys = gold.units.map((unit) => `${unit.type}|${unit.num}|${unit.path}`);
  return f1(goldKeys, unitKeys(parseStructure(text, { lang })));
}

export function numberedScore(lang: 'kk' | 'ru') {
  const gold = readGold<NumberedGold>('definitions-law-148-II.json').languages[lang].definitions;
  const text = readFileSync(`${lawsDir}law-148-II.${lang}.md`, 'utf8');
  const found = findDefinitions(text, { lang }).filter((entry) => entry.kind === 'numbered');
  const goldTerms = new Set(gold.map((entry) => entry.term));
  const hits = found.filter((entry) => goldTerms.has(entry.term.text));
  const foundTerms = new Set(found.map((entry) => entry.term.text));
  return {
    recall: gold.filter((entry) => foundTerms.has(entry.term)).length / gold.length,
    precision: found.length === 0 ? 0 : hits.length / found.length,
    missed: gold.filter((entry) => !foundTerms.has(entry.term)).map((entry) => entry.term),
  };
}

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('ru');

/** A found definition matches a gold one when the term ranges overlap and its term holds the gold term. */
export function matchesGold(found: Definition, gold: InlineGold): boolean {
  return (
    found.term.start < gold.end &&
    gold.start < found.term.end &&
    squash(found.term.text).includes(squash(gold.term))
  );
}

export function inlineScore() {
  const gold = readInlineGold();
  const byFile = new Map<string, Definition[]>();
  const definitionsIn = (file: string) => {
    let found = byFile.get(file);
    if (!found) {
      found = findDefinitions(readFileSync(`${seedsDir}${file}`, 'utf8'));
      byFile.set(file, found);
    }
    return found;
  };
  const positives = gold.filter((entry) => entry.definition);
  const negatives = gold.filter((entry) => !entry.definition);
  const recalled = positives.filter((entry) =>
    definitionsIn(entry.file).some((d) => matchesGold(d, entry)),
  );
  const falseAlarms = negatives.filter((entry) =>
    definitionsIn(entry.file).some((d) => matchesGold(d, entry)),
  );
  // Every cue occurrence in the seeds is labelled, so an inline reading that matches no
  // positive is a false alarm.
  const files = [...new Set(gold.map((entry) => entry.file))];
  const inlineFound = files.flatMap((file) =>
    definitionsIn(file)
      .filter((d) => d.kind === 'inline')
      .map((d) => ({ d, file })),
  );
  const correct = inlineFound.filter(({ d, file }) =>
    positives.some((entry) => entry.file === file && matchesGold(d, entry)),
  );
  return {
    recall: recalled.length / positives.length,
    precision: inlineFound.length === 0 ? 0 : correct.length / inlineFound.length,
    rejectedNegatives: (negatives.length - falseAlarms.length) / Math.max(1, negatives.length),
    missed: positives
      .filter((entry) => !recalled.includes(entry))
      .map((e) => `${e.file}:${e.term}`),
    falseAlarms: falseAlarms.map((e) => `${e.file}:${e.term}`),
  };
}

export default async function evaluate(): Promise<{
  stage: string;
  metrics: Record<string, number>;
  notes: string[];
}> {
  if (!hasShared) {
    return { stage: 'structure', metrics: {}, notes: ['skipped: ../shared/corpus is absent'] };
  }
  const metrics: Record<string, number> = {};
  const notes: string[] = [];
  for (const lang of ['kk', 'ru'] as const) {
    const structure = structureScore(lang);
    metrics[`structure_f1_${lang}`] = round(structure.f1);
    metrics[`structure_precision_${lang}`] = round(structure.precision);
    metrics[`structure_recall_${lang}`] = round(structure.recall);
    if (structure.missed.length > 0)
      notes.push(`structure ${lang} missed: ${structure.missed.join(', ')}`);
    const numbered = numberedScore(lang);
    metrics[`numbered_definition_recall_${lang}`] = round(numbered.recall);
    metrics[`numbered_definition_precision_${lang}`] = round(numbered.precision);
    if (numbered.missed.length > 0)
      notes.push(`numbered ${lang} missed: ${numbered.missed.join(', ')}`);
  }
  const inline = inlineScore();
  metrics['inline_definition_recall'] = round(inline.recall);
  metrics['inline_definition_precision'] = round(inline.precision);
  metrics['inline_negatives_rejected'] = round(inline.rejectedNegatives);
  if (inline.missed.length > 0) notes.push(`inline missed: ${inline.missed.join('; ')}`);
  if (inline.falseAlarms.length > 0)
    notes.push(`inline false alarms: ${inline.falseAlarms.join('; ')}`);
  notes.push('targets: numbered recall 1.0, precision >= 0.98; inline recall >= 0.8');
  return { stage: 'structure', metrics, notes };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  evaluate().then((result) => console.log(JSON.stringify(result, null, 2)));
}
