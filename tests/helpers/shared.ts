import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The reference folder that sits beside the project in CI and on developer machines. */
export const sharedDir = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const hasShared = existsSync(`${sharedDir}corpus`);

export const seedsDir = `${sharedDir}corpus/seeds/`;
export const lawsDir = `${sharedDir}corpus/laws/`;

/** Seed file names, or none when ../shared is absent (tests then skip cleanly). */
export function seedFiles(): string[] {
  return hasShared
    ? readdirSync(seedsDir)
        .filter((name) => name.endsWith('.txt'))
        .sort()
    : [];
}
