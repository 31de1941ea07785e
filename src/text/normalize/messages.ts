import type { VFile } from 'vfile';
import type { Repair } from './types.js';

/** Where each line of a text starts, to turn offsets into line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function pointAt(starts: number[], offset: number) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1, offset };
}

/**
 * Reports every repair as an info message on the file (`fatal` undefined), with
 * its position in the source text, which is `String(file.value)`.
 */
export function repairsToMessages(file: VFile, repairs: readonly Repair[]): void {
  const starts = lineStarts(String(file.value ?? ''));
  // A vfile message is an Error, so each one captures a JavaScript stack trace
  // that vfile then blanks. A document can have thousands of repairs, and the
  // captures cost 4.5% of a corpus run (bench/pipeline profile).
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    addMessages(file, repairs, starts);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function addMessages(file: VFile, repairs: readonly Repair[], starts: number[]): void {
  for (const repair of repairs) {
    const message = file.info(repair.reason, {
      place: {
        start: pointAt(starts, repair.source.start),
        end: pointAt(starts, repair.source.end),
      },
      ruleId: repair.ruleId,
      source: 'kazlex-normalize',
    });
    message.actual = repair.actual;
    message.expected = [repair.expected];
  }
}
