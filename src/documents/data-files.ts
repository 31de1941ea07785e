import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's `data/documents/` folder, found from this file so it works from src and dist. */
export const documentsDataDir = findDataDir();

function findDataDir(): string {
  // src/documents → ../../data ; dist/src/documents → ../../../data
  for (const up of ['../../data/documents/', '../../../data/documents/']) {
    const path = fileURLToPath(new URL(up, import.meta.url));
    try {
      readFileSync(`${path}months.json`);
      return path;
    } catch {}
  }
  return fileURLToPath(new URL('../../data/documents/', import.meta.url));
}

const cache = new Map<string, unknown>();

/** Reads and caches one JSON file from `data/documents/`. */
export function readDocumentsData<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(`${documentsDataDir}${name}`, 'utf8'));
    cache.set(name, value);
  }
  return value as T;
}

/** The project's `templates/` folder (same lookup rule as the data folder). */
export const defaultTemplatesDir = fileURLToPath(
  new URL('../../templates/', `file://${documentsDataDir}`),
);
