/**
 * Finds the input files of a corpus run. Paths may be files, folders or globs;
 * the result is sorted so that every run visits files in the same order.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

export const SUPPORTED_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'pdf'] as const;

export interface DiscoverOptions {
  /** Globs a file must match, relative to each folder given (default: every supported format). */
  include?: string[] | null | undefined;
  /** Globs that remove files (matched like `include`). */
  exclude?: string[] | null | undefined;
  /** Working folder that relative inputs are resolved against. */
  cwd?: string | null | undefined;
}

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the working folder, with `/` separators: stable across machines. */
  relative: string;
}

const DEFAULT_INCLUDE = [`**/*.{${SUPPORTED_EXTENSIONS.join(',')}}`];

/**
 * Expands inputs into files. Hidden files are skipped and symbolic links to
 * folders are not followed, so a link loop cannot make the walk endless.
 * An input that names a missing file is still returned, so that the run
 * reports it as failed instead of silently dropping it.
 */
export async function discoverFiles(
  inputs: readonly string[],
  options: DiscoverOptions = {},
): Promise<DiscoveredFile[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const include = options.include?.length ? options.include : DEFAULT_INCLUDE;
  const ignore = options.exclude ?? [];
  const found = new Set<string>();

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const kind = await statKind(absolute);
    if (kind === 'dir') {
      for (const entry of await globFiles(include, { cwd: absolute, ignore })) found.add(entry);
    } else if (kind === 'file' || !fg.isDynamicPattern(input)) {
      found.add(absolute);
    } else {
      for (const entry of await globFiles([input], { cwd, ignore })) found.add(entry);
    }
  }

  return [...found]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((absolute) => ({
      path: absolute,
      relative: path.relative(cwd, absolute).split(path.sep).join('/'),
    }));
}

/**
 * Globs without following links, then keeps links that point at files (and
 * dangling ones, which the run reports as failed) but never descends through a
 * link to a folder.
 */
async function globFiles(
  patterns: string[],
  options: { cwd: string; ignore: string[] },
): Promise<string[]> {
  const entries = await fg(patterns, {
    cwd: options.cwd,
    absolute: true,
    dot: false,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    ignore: options.ignore,
    suppressErrors: true,
    caseSensitiveMatch: false,
  });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.dirent.isFile()) files.push(path.normalize(entry.path));
    else if (entry.dirent.isSymbolicLink() && (await statKind(entry.path)) !== 'dir') {
      files.push(path.normalize(entry.path));
    }
  }
  return files;
}

async function statKind(target: string): Promise<'dir' | 'file' | 'missing'> {
  try {
    const info = await stat(target);
    return info.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}
