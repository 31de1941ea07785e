import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinTargets } from '../../src/citations/index.js';
import { loadSource } from '../../src/ingest/index.js';
import {
  CSV_COLUMNS,
  citationToCsvRows,
  csvField,
  csvHeader,
} from '../../src/pipeline/citation-tables.js';
import type { SourceCitation } from '../../src/pipeline/cite-document.js';
import { processDocument } from '../../src/pipeline/process-document.js';

/** The plain form the fast builder must match: one object per pin, mapped through the columns. */
function referenceRows(citation: SourceCitation): string {
  const targets = pinTargets(citation);
  const pins = citation.pins.length > 0 ? citation.pins : [{}];
  return pins
    .map((pin, i) => {
      const row: Record<string, unknown> = {
        file: citation.file,
        start: citation.start,
        end: citation.end,
        line: citation.line,
        lang: citation.lang,
        kind: citation.kind,
        act_type: citation.act?.type,
        act_number: citation.act?.number,
        act_date: citation.act?.date,
        act_title: citation.act?.title,
        act_id: citation.act?.id,
        ...pin,
        target: targets[i] ?? (citation.pins.length === 0 ? citation.target : null),
        resolved: citation.resolved,
        confidence: citation.confidence,
        reason: citation.reason,
        text: citation.text,
      };
      const field = (column: string) => csvField(row[column] as string | number | boolean | null);
      return `${CSV_COLUMNS.map(field).join(',')}\r\n`;
    })
    .join('');
}

/** Citations with several pins, a resolved act and an unresolved one, in both languages. */
const RANGES = [
  'Маслихат действует в соответствии со статьями 85–89 Конституции Республики Казахстан,',
  'подпунктами 1) и 2) пункта 1 статьи 6 Закона Республики Казахстан от 23 января 2001 года',
  '№ 148-II «О местном государственном управлении и самоуправлении в Республике Казахстан»',
  'и статьей 12 Закона № 9999-XX «О несуществующем».',
  '',
  'Қазақстан Республикасы Конституциясының 86, 87-баптарына сәйкес мәслихат шешім қабылдайды.',
].join('\n');

async function corpusCitations(): Promise<SourceCitation[]> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kazlex-csv-'));
  writeFileSync(path.join(folder, 'ranges.txt'), RANGES);
  const files = [
    ...['kk/maslihat-sheshimi.txt', 'kk/ulgi-erezhe.md', 'ru/tipovoe-polozhenie.md'],
    ...['ru/reshenie-maslikhata.html', 'ru/nauchnaya-statya.txt'],
  ].map((name) => path.resolve('corpus', name));
  const citations: SourceCitation[] = [];
  for (const file of [...files, path.join(folder, 'ranges.txt')]) {
    const loaded = await loadSource(file);
    const { analyzed } = processDocument(loaded, { id: 'doc', relative: path.basename(file) });
    citations.push(...analyzed.citations);
  }
  return citations;
}

describe('citationToCsvRows', () => {
  it('should give the rows of the column-by-column form for every citation of the sample corpus', async () => {
    const citations = await corpusCitations();
    expect(citations.length).toBeGreaterThan(5);
    expect(citations.some((c) => c.pins.length > 1)).toBe(true);
    expect(citations.some((c) => c.resolved)).toBe(true);
    expect(citations.some((c) => !c.resolved)).toBe(true);
    for (const citation of citations) {
      expect(citationToCsvRows(citation)).toBe(referenceRows(citation));
    }
  });

  it('should quote fields with commas, quotes and line breaks, and leave empty pin columns empty', () => {
    const citation: SourceCitation = {
      file: 'a, "b".txt',
      start: 3,
      end: 9,
      line: 2,
      text: 'ст. 6,\n"x"',
      lang: 'ru',
      kind: 'full',
      act: null,
      pins: [],
      target: null,
      resolved: false,
      reason: 'no act, no target',
      confidence: 0.25,
    };
    const rows = citationToCsvRows(citation);
    expect(rows).toBe(referenceRows(citation));
    expect(rows).toBe(
      '"a, ""b"".txt",3,9,2,ru,full,,,,,,,,,,,,false,0.25,"no act, no target","ст. 6,\n""x"""\r\n',
    );
    expect(csvHeader().split(',')).toHaveLength(CSV_COLUMNS.length);
  });
});
