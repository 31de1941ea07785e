/**
 * Language identification on tests/gold/language.jsonl: accuracy, and precision
 * and recall per label. Run through `npm run eval` or `npx tsx tests/eval/language.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detect as tinyldDetect } from 'tinyld';
import { detectLanguage, type Lang } from '../../src/text/language.js';

interface GoldParagraph {
  text: string;
  lang: Lang;
  source: string;
  note?: string;
}

const LABELS: readonly Lang[] = ['kk', 'ru', 'en', 'other'];
const goldPath = fileURLToPath(new URL('../gold/language.jsonl', import.meta.url));

export function readLanguageGold(): GoldParagraph[] {
  return readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldParagraph);
}

export default async function evaluate(): Promise<{
  stage: string;
  metrics: Record<string, number>;
  notes: string[];
}> {
  const gold = readLanguageGold();
  const notes: string[] = [];
  const truePositive = new Map<Lang, number>();
  const predicted = new Map<Lang, number>();
  const actual = new Map<Lang, number>();
  let correct = 0;
  for (const item of gold) {
    const guess = detectLanguage(item.text);
    actual.set(item.lang, (actual.get(item.lang) ?? 0) + 1);
    predicted.set(guess.lang, (predicted.get(guess.lang) ?? 0) + 1);
    if (guess.lang === item.lang) {
      correct++;
      truePositive.set(item.lang, (truePositive.get(item.lang) ?? 0) + 1);
    } else {
      notes.push(
        `miss ${item.source}: gold ${item.lang}, got ${guess.lang} (${guess.confidence}) «${item.text.slice(0, 60)}»`,
      );
    }
  }
  const metrics: Record<string, number> = {
    paragraphs: gold.length,
    accuracy: ratio(correct, gold.length),
    'accuracy.rulesOnly': ratio(
      gold.filter((item) => detectLanguage(item.text, { tieBreak: false }).lang === item.lang)
        .length,
      gold.length,
    ),
    ...measureTinyld(gold),
    'throughput.goldLines.MBperCpuSecond': measureThroughput(gold.map((item) => item.text)),
    ...measureSilver(notes),
  };
  for (const label of LABELS) {
    const tp = truePositive.get(label) ?? 0;
    metrics[`${label}.precision`] = ratio(tp, predicted.get(label) ?? 0);
    metrics[`${label}.recall`] = ratio(tp, actual.get(label) ?? 0);
    metrics[`${label}.support`] = actual.get(label) ?? 0;
  }
  return { stage: 'language', metrics, notes };
}

const lawsDir = fileURLToPath(new URL('../../../shared/corpus/laws/', import.meta.url));
const SILVER_FILES = ['law-148-II', 'constitution-1995', 'constitution-2026'];

/**
 * Silver labels: every Cyrillic line of the parallel laws takes the language of
 * its file. A few lines are genuinely the other language (repository notes, Kazakh
 * names quoted in Russian), so 100% is not expected.
 */
function measureSilver(notes: string[]): Record<string, number> {
  if (!existsSync(lawsDir)) {
    notes.push('silver (laws) skipped: ../shared is absent');
    return {};
  }
  let total = 0;
  let correct = 0;
  const all: string[] = [];
  for (const name of SILVER_FILES) {
    for (const lang of ['kk', 'ru'] as const) {
      const lines = readFileSync(`${lawsDir}${name}.${lang}.md`, 'utf8')
        .split('\n')
        .filter((line) => /[а-яё]/i.test(line));
      total += lines.length;
      all.push(...lines);
      correct += lines.filter((line) => detectLanguage(line).lang === lang).length;
    }
  }
  return {
    'silver.laws.lines': total,
    'silver.laws.accuracy': ratio(correct, total),
    'throughput.lawLines.MBperCpuSecond': measureThroughput(all),
  };
}

/** tinyld alone on the kk/ru paragraphs: restricted to kk/ru, and unrestricted. */
function measureTinyld(gold: GoldParagraph[]): Record<string, number> {
  const kkRu = gold.filter((item) => item.lang === 'kk' || item.lang === 'ru');
  const restricted = kkRu.filter(
    (item) => tinyldDetect(item.text, { only: ['kk', 'ru'] }) === item.lang,
  ).length;
  const unrestricted = kkRu.filter((item) => tinyldDetect(item.text) === item.lang).length;
  return {
    'tinyld.kkRuOnly.accuracy': ratio(restricted, kkRu.length),
    'tinyld.unrestricted.accuracy': ratio(unrestricted, kkRu.length),
  };
}

/**
 * UTF-8 MB per CPU-second (user + system time of this process, so other jobs
 * on a shared machine do not skew it), over the paragraphs repeated to ~4 MB.
 */
export function measureThroughput(paragraphs: readonly string[]): number {
  const bytesPerRound = paragraphs.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  if (bytesPerRound === 0) return 0;
  const rounds = Math.ceil(4_000_000 / bytesPerRound);
  for (const text of paragraphs) detectLanguage(text); // warm up
  const started = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const text of paragraphs) detectLanguage(text);
  }
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  return Math.round((bytesPerRound * rounds) / 1e6 / seconds);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : Math.round((numerator / denominator) * 1000) / 1000;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await evaluate();
  console.log(JSON.stringify(result, null, 2));
}
