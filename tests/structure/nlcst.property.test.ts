import fc from 'fast-check';
import { toString as nlcstToString } from 'nlcst-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseNlcst } from '../../src/structure/nlcst/index.js';
import { splitSentences } from '../../src/structure/sentences/index.js';

const piece = fc.constantFrom(
  'Әкім',
  'өзін-өзі',
  'ст.',
  '23',
  'т.б.',
  'Н.Ә.',
  '39-3-бап.',
  '3-1)',
  '«',
  '»',
  '(',
  ')',
  '–',
  '.',
  '?',
  '№',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  '😀',
  'é',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 50 }).map((parts) => parts.join('')),
  fc.array(piece, { maxLength: 50 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 150 }),
  fc.string({ unit: 'binary', maxLength: 150 }),
);

/** Line and column of `offset`, counting `\r\n`, `\n` and `\r` as one break each. */
function pointOf(value: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = value.charCodeAt(i);
    if (code === 13 && value.charCodeAt(i + 1) === 10) continue;
    if (code === 10 || code === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

describe('parseNlcst properties', () => {
  it('should give every node a position that slices to nlcstToString(node)', () => {
    fc.assert(
      fc.property(text, (value) => {
        const tree = parseNlcst(value);
        expect(nlcstToString(tree)).toBe(value);
        visit(tree, (node: Node) => {
          const position = node.position;
          expect(position).toBeDefined();
          if (!position) return;
          const { start, end } = position;
          expect(value.slice(start.offset, end.offset)).toBe(nlcstToString(node as never));
          expect({ line: start.line, column: start.column }).toEqual(
            pointOf(value, start.offset ?? 0),
          );
          expect({ line: end.line, column: end.column }).toEqual(pointOf(value, end.offset ?? 0));
        });
      }),
      { numRuns: 800 },
    );
  });

  it('should have the same sentences as splitSentences and no empty words', () => {
    fc.assert(
      fc.property(text, (value) => {
        const tree = parseNlcst(value, { lang: 'ru' });
        const fromTree: Array<{ start: number; end: number }> = [];
        visit(tree, (node: Node) => {
          if (node.type === 'SentenceNode') {
            fromTree.push({
              start: node.position?.start.offset ?? -1,
              end: node.position?.end.offset ?? -1,
            });
          }
          if (node.type === 'WordNode' || node.type === 'TextNode') {
            expect(nlcstToString(node as never).length).toBeGreaterThan(0);
          }
        });
        expect(fromTree).toEqual(splitSentences(value, { lang: 'ru' }));
      }),
      { numRuns: 500 },
    );
  });
});
