import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { ErrorCode, KazlexError } from '../errors.js';

/** Reads a YAML or JSON data file (JSON is YAML, so one parser serves both). */
export async function loadDocumentData(path: string): Promise<unknown> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (cause) {
    throw new KazlexError(
      ErrorCode.NOT_FOUND,
      `Cannot read document data: ${(cause as Error).message}`,
      { file: path, cause },
    );
  }
  try {
    return path.endsWith('.json') ? JSON.parse(source) : parseYaml(source, { schema: 'core' });
  } catch (cause) {
    throw new KazlexError(
      ErrorCode.VALIDATION,
      `Not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(cause as Error).message.split('\n')[0]}`,
      { file: path, cause },
    );
  }
}
