/**
 * Shared loop for commands that take files (`segment`, `cite`): each file is
 * loaded and analyzed on its own, a failure is reported on stderr with the
 * file's path and reason, and the others go on.
 */
import { describeError } from '../../errors.js';
import { discoverFiles } from '../../ingest/discover.js';
import { loadSource } from '../../ingest/index.js';
import { documentId } from '../../pipeline/document-id.js';
import { type AnalyzedDocument, analyzeDocument } from '../../pipeline/process-document.js';
import { ExitCode } from '../exit-code.js';

export async function forEachAnalyzedFile(
  inputs: readonly string[],
  handle: (doc: AnalyzedDocument, relative: string) => Promise<void> | void,
): Promise<number> {
  const files = await discoverFiles(inputs);
  if (files.length === 0) {
    process.stderr.write(`kazlex: no input files matched ${inputs.join(' ')}\n`);
    return ExitCode.SOME_FAILED;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const loaded = await loadSource(file.path);
      await handle(
        analyzeDocument(loaded, file.relative, documentId(file.relative)),
        file.relative,
      );
    } catch (error) {
      failed++;
      const { code, reason } = describeError(error);
      process.stderr.write(`kazlex: ${file.relative}: ${reason} (${code})\n`);
    }
  }
  return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
}
