import { existsSync, readFileSync } from 'node:fs';
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

/**
 * The project's `templates/` folder, found from this file: src/documents →
 * ../../templates, dist/src/documents → ../../../templates. It is never copied
 * into dist, so staff edits to templates/ take effect without a rebuild.
 */
export const defaultTemplatesDir = findTemplatesDir();

function findTemplatesDir(): string {
  for (const up of ['../../templates/', '../../../templates/']) {
    const path = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(`${path}decision.kk.tpl`)) return path;
  }
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}
