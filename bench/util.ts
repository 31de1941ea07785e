/** Shared helpers for the benchmarks: the reference texts, replicated to a size. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The benchmarks run from TypeScript (tsx) or compiled into dist/bench by
 * `npm run bench`; paths are taken from the project root so both work.
 */
function findProjectRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) {
    dir = path.dirname(dir);
  }
  return dir;
}

const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = findProjectRoot(benchDir);
export const sharedDir = `${path.join(projectRoot, '..', 'shared', 'corpus')}/`;
/** Synthetic corpora of the benchmarks (git-ignored). */
export const benchDataDir = path.join(projectRoot, 'bench', '.data');

/** A helper script beside this module, compiled or not (`pipeline.child` → `.ts` or `.js`). */
export function siblingScript(name: string): string {
  return path.join(benchDir, `${name}${path.extname(fileURLToPath(import.meta.url))}`);
}
export const hasShared = existsSync(sharedDir);

export interface BenchText {
  name: string;
  bytes: Uint8Array;
}

/** The seeds and the law texts, as raw bytes; empty when ../shared is absent. */
export function referenceTexts(): BenchText[] {
  if (!hasShared) return [];
  const texts: BenchText[] = [];
  for (const folder of ['seeds', 'laws']) {
    for (const name of readdirSync(`${sharedDir}${folder}`).sort()) {
      if (!/\.(txt|md)$/.test(name)) continue;
      texts.push({
        name: `${folder}/${name}`,
        bytes: readFileSync(`${sharedDir}${folder}/${name}`),
      });
    }
  }
  return texts;
}

/** Repeats the texts until their total size reaches `megabytes`. */
export function replicate(texts: readonly BenchText[], megabytes: number): BenchText[] {
  const out: BenchText[] = [];
  const target = megabytes * 1024 * 1024;
  let total = 0;
  for (let round = 0; total < target && texts.length > 0; round++) {
    for (const text of texts) {
      out.push({ name: `${round}-${text.name}`, bytes: text.bytes });
      total += text.bytes.length;
      if (total >= target) break;
    }
  }
  return out;
}

export function totalBytes(texts: readonly BenchText[]): number {
  return texts.reduce((sum, t) => sum + t.bytes.length, 0);
}

/**
 * Runs `work` and returns the CPU seconds it took (user + system). The work is
 * single-threaded, so this is its time on one core, and unlike wall time it
 * does not grow when other processes share the machine.
 */
export function time(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

export function mbPerSecond(bytes: number, seconds: number): number {
  return bytes / 1024 / 1024 / seconds;
}

export function isMain(metaUrl: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(metaUrl) === process.argv[1];
}

/**
 * The benchmarks among the files of bench/ (those named in `only`, when given). `*.child`
 * modules run in their own process and `*.helper` modules are shared code: neither is one.
 */
export function benchmarkFiles(files: readonly string[], only: readonly string[] = []): string[] {
  return files
    .filter((name) => /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'))
    .filter((name) => !/\.(child|helper)\.(ts|js)$/.test(name))
    .filter((name) => !/^(index|util)\.(ts|js)$/.test(name))
    .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
    .sort();
}
