import type { Position } from 'unist';

/**
 * Makes unist positions for one line: inside a paragraph the line never
 * changes, so a column is the offset minus the line's start.
 */
export interface PointFactory {
  span(start: number, end: number): Position;
}

export function linePoints(line: number, lineStart: number): PointFactory {
  return {
    span(start, end) {
      return {
        start: { line, column: start - lineStart + 1, offset: start },
        end: { line, column: end - lineStart + 1, offset: end },
      };
    },
  };
}
