/**
 * Offset maps: every normalization step is a list of edits on its input, and the
 * map turns any range of the output back into the exact range of the input it
 * came from. Steps are chained, so a range in the final normalized text maps all
 * the way back to the decoded source (eyecite's SpanUpdater plays this role).
 *
 * Offsets are UTF-16 code units, ends exclusive, as everywhere in kazlex.
 */

/** One replacement of `input.slice(start, end)` by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Range {
  start: number;
  end: number;
}

/** Maps ranges of one step's output back to its input. */
export interface RangeMapper {
  toSource(start: number, end: number): Range;
}

/**
 * Parallel arrays describe the segments of the output. A segment either copies
 * input verbatim (so offsets inside it map one to one) or replaces an input span
 * (so any offset inside it maps to the whole replaced span).
 */
export class StepMap implements RangeMapper {
  private readonly outStarts: number[] = [];
  private readonly outEnds: number[] = [];
  private readonly srcStarts: number[] = [];
  private readonly srcEnds: number[] = [];
  private readonly copies: boolean[] = [];

  /** Builds the output text and the map in one pass over sorted, disjoint edits. */
  static apply(input: string, edits: readonly Edit[]): { text: string; map: StepMap } {
    const map = new StepMap();
    const parts: string[] = [];
    let cursor = 0;
    let out = 0;
    for (const edit of edits) {
      if (edit.start < cursor || edit.end < edit.start || edit.end > input.length) {
        throw new RangeError(
          `Expected sorted, disjoint edits inside the input, not [${edit.start}, ${edit.end}) after ${cursor}`,
        );
      }
      if (edit.start > cursor) {
        map.push(out, out + (edit.start - cursor), cursor, edit.start, true);
        parts.push(input.slice(cursor, edit.start));
        out += edit.start - cursor;
      }
      map.push(out, out + edit.text.length, edit.start, edit.end, false);
      parts.push(edit.text);
      out += edit.text.length;
      cursor = edit.end;
    }
    if (cursor < input.length) {
      map.push(out, out + (input.length - cursor), cursor, input.length, true);
      parts.push(input.slice(cursor));
      out += input.length - cursor;
    }
    map.outputLength = out;
    map.inputLength = input.length;
    return { text: parts.join(''), map };
  }

  private outputLength = 0;
  private inputLength = 0;

  private push(outStart: number, outEnd: number, srcStart: number, srcEnd: number, copy: boolean) {
    this.outStarts.push(outStart);
    this.outEnds.push(outEnd);
    this.srcStarts.push(srcStart);
    this.srcEnds.push(srcEnd);
    this.copies.push(copy);
  }

  /** Index of the last segment whose output start is <= offset. */
  private segmentAt(offset: number): number {
    let lo = 0;
    let hi = this.outStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.outStarts[mid] as number) <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  // Deletions have empty output, so the last segment starting at or before an
  // offset inside the output is always the non-empty segment that holds it.
  private mapStart(offset: number): number {
    const i = this.segmentAt(offset);
    const outStart = this.outStarts[i] as number;
    return this.copies[i]
      ? (this.srcStarts[i] as number) + (offset - outStart)
      : (this.srcStarts[i] as number);
  }

  private mapEnd(offset: number): number {
    const i = this.segmentAt(offset - 1);
    const outStart = this.outStarts[i] as number;
    return this.copies[i]
      ? (this.srcStarts[i] as number) + (offset - outStart)
      : (this.srcEnds[i] as number);
  }

  toSource(start: number, end: number): Range {
    if (start < 0 || end < start || end > this.outputLength) {
      throw new RangeError(
        `Expected a range inside [0, ${this.outputLength}], not [${start}, ${end})`,
      );
    }
    if (start === end) {
      const point = start >= this.outputLength ? this.inputLength : this.mapStart(start);
      return { start: point, end: point };
    }
    return { start: this.mapStart(start), end: this.mapEnd(end) };
  }
}

/** Maps through several steps, last step first. */
export class OffsetMap implements RangeMapper {
  constructor(private readonly steps: readonly RangeMapper[] = []) {}

  // Not `then`: a class with a `then` method is a thenable, and `await map` would call it.
  append(step: RangeMapper): OffsetMap {
    return new OffsetMap([...this.steps, step]);
  }

  toSource(start: number, end: number): Range {
    let range: Range = { start, end };
    for (let i = this.steps.length - 1; i >= 0; i--) {
      range = (this.steps[i] as RangeMapper).toSource(range.start, range.end);
    }
    return range;
  }
}
