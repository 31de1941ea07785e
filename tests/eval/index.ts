/**
 * `npm run eval`: runs every stage evaluator in tests/eval/ against the gold
 * files in tests/gold/ and prints precision, recall and the other figures per
 * stage. With --markdown it prints a table for EVALUATION.md.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface EvalReport {
  stage: string;
  metrics: Record<string, number>;
  notes: string[];
}

const here = fileURLToPath(new URL('.', import.meta.url));
const markdown = process.argv.includes('--markdown');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

const modules = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();

let failed = false;
for (const name of modules) {
  try {
    const module = (await import(pathToFileURL(`${here}${name}`).href)) as {
      default: () => Promise<EvalReport>;
    };
    const report = await module.default();
    print(report);
  } catch (error) {
    failed = true;
    console.error(`${name}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;

function print(report: EvalReport): void {
  const rows = Object.entries(report.metrics).map(([name, value]) => [name, format(value)]);
  if (markdown) {
    console.log(`\n### ${report.stage}\n\n| metric | value |\n|---|---|`);
    for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
    for (const note of report.notes) console.log(`\n- ${note}`);
    return;
  }
  console.log(`\n== ${report.stage}`);
  const width = Math.max(...rows.map(([name]) => (name ?? '').length), 10);
  for (const [name, value] of rows) console.log(`  ${(name ?? '').padEnd(width)}  ${value}`);
  for (const note of report.notes) console.log(`  note: ${note}`);
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}
