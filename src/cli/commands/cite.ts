/**
 * `kazlex cite FILE...`: citations per file. `--json` prints JSON Lines (the
 * stable output contract in the README); `--html` writes the source as HTML
 * with every citation marked and linked.
 */
import path from 'node:path';
import { writeFileAtomic } from '../../pipeline/atomic-write.js';
import { citationsToHtml, describeCitation } from '../../pipeline/citation-html.js';
import { citationToJsonLine } from '../../pipeline/citation-tables.js';
import { forEachAnalyzedFile } from './per-file.js';

export interface CiteFlags {
  json?: boolean;
  html?: boolean;
  out: string;
  quiet?: boolean;
}

export async function citeCommand(inputs: string[], flags: CiteFlags): Promise<number> {
  return forEachAnalyzedFile(inputs, async (doc, relative) => {
    for (const citation of doc.citations) {
      process.stdout.write(
        flags.json
          ? citationToJsonLine(citation)
          : `${relative}:${citation.line}\t${citation.text.replaceAll('\n', ' ')}\t${describeCitation(citation)}\n`,
      );
    }
    if (flags.html) {
      const target = path.join(
        flags.out,
        `${path.basename(relative).replace(/\.[^.]+$/, '')}.cite.html`,
      );
      await writeFileAtomic(
        target,
        citationsToHtml(doc.loaded.text, doc.citations, {
          title: relative,
          lang: doc.segmented.lang,
        }),
      );
      if (!flags.quiet) process.stderr.write(`kazlex: ${relative}: wrote ${target}\n`);
    }
    if (!flags.quiet) {
      const resolved = doc.citations.filter((c) => c.resolved).length;
      process.stderr.write(
        `kazlex: ${relative}: ${doc.citations.length} citations, ${resolved} resolved\n`,
      );
    }
  });
}
