/**
 * Normalization against tests/gold/normalize.jsonl: each case is a snippet and
 * the text a careful reader expects. A case that needs a repair is a true
 * positive when the output equals the expectation, a false negative when the
 * text was left alone, and a false positive when something else came out; a
 * case that must stay as it is counts as a false positive when it changed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../../src/text/normalize/index.js';

interface Case {
  rule: string;
  source: string;
  expected: string;
}

const goldFile = fileURLToPath(new URL('../gold/normalize.jsonl', import.meta.url));

export function loadNormalizeGold(): Case[] {
  return readFileSync(goldFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Case & { _comment?: string })
    .filter((entry) => entry._comment === undefined);
}

export default async function evaluate(): Promise<{
  stage: string;
  metrics: Record<string, number>;
  notes: string[];
}> {
  const cases = loadNormalizeGold();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const notes: string[] = [];
  for (const { rule, source, expected } of cases) {
    const output = normalize(source).text.trim();
    const needsRepair = expected !== source;
    if (output === expected) {
      if (needsRepair) tp++;
      else tn++;
      continue;
    }
    if (needsRepair && output === source) fn++;
    else fp++;
    notes.push(
      `${rule}: ${JSON.stringify(source)} → ${JSON.stringify(output)} (expected ${JSON.stringify(expected)})`,
    );
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return {
    stage: 'normalization (repairs)',
    metrics: {
      cases: cases.length,
      repairsExpected: cases.filter((c) => c.expected !== c.source).length,
      precision,
      recall,
      exactMatch: (tp + tn) / cases.length,
      unchangedKeptUnchanged: tn,
    },
    notes,
  };
}
