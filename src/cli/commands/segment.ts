/**
 * `kazlex segment FILE...`: sentences, structure and definitions per file.
 * `--json` prints one JSON document per file (source offsets); `--format akn`
 * writes an Akoma Ntoso XML act per file into --out.
 */
import path from 'node:path';
import { writeFileAtomic } from '../../pipeline/atomic-write.js';
import type { SourceUnit } from '../../pipeline/segment-document.js';
import { toAkomaNtoso } from '../../structure/akn/index.js';
import { forEachAnalyzedFile } from './per-file.js';

export interface SegmentFlags {
  json?: boolean;
  format: 'json' | 'akn';
  out: string;
  quiet?: boolean;
}

export async function segmentCommand(inputs: string[], flags: SegmentFlags): Promise<number> {
  return forEachAnalyzedFile(inputs, async (doc, relative) => {
    const { segments } = doc.segmented;
    if (flags.format === 'akn') {
      const lang = segments.lang === 'ru' ? 'ru' : 'kk';
      const xml = toAkomaNtoso(doc.segmented.units, doc.normalized.text, {
        title: firstLine(doc.normalized.text),
        lang,
      });
      const target = path.join(
        flags.out,
        `${path.basename(relative).replace(/\.[^.]+$/, '')}.akn.xml`,
      );
      await writeFileAtomic(target, xml);
      if (!flags.quiet) process.stderr.write(`kazlex: ${relative}: wrote ${target}\n`);
    }
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ file: relative, ...segments })}\n`);
    } else if (!flags.quiet) {
      process.stderr.write(
        `kazlex: ${relative}: ${segments.lang}, ${segments.sentences.length} sentences, ` +
          `${countUnits(segments.units)} units, ${segments.definitions.length} definitions\n`,
      );
    }
  });
}

function countUnits(units: readonly SourceUnit[]): number {
  return units.reduce((sum, unit) => sum + 1 + countUnits(unit.children), 0);
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^#+\s*/, '').trim();
}
