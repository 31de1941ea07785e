import type { Align, Block } from '../layout/blocks.js';
import { type LayoutSpec, signatureColumns, textWidth } from '../layout/spec.js';
import { advanceOf, type FontFace, loadFont } from './fonts.js';
import { type BrokenLine, breakLines } from './line-breaker.js';

/** One line placed horizontally, in twips from the left text margin. */
export interface PlacedLine {
  text: string;
  face: FontFace;
  x: number;
  /** Width to stretch the line to (justified lines only). */
  justifyTo?: number;
}

/** A block turned into rows of lines; a row is one line height high. */
export interface Box {
  rows: PlacedLine[][];
  keepNext: boolean;
  pageBreakBefore: boolean;
  /** Paragraphs may split across pages (with widow/orphan control); table rows may not. */
  splittable: boolean;
}

/** Width in twips of text at a size in half-points, from unkerned advances. */
export function measureTwips(text: string, face: FontFace, halfPoints: number): number {
  const font = loadFont(face);
  let units = 0;
  for (let i = 0; i < text.length; i++) units += advanceOf(font, text.charCodeAt(i));
  return (units * halfPoints * 10) / font.font.unitsPerEm;
}

function placeLines(
  lines: BrokenLine[],
  align: Align,
  face: FontFace,
  widths: { first: number; rest: number; indent: number },
): PlacedLine[] {
  return lines.map((line, index) => {
    const avail = index === 0 ? widths.first : widths.rest;
    const start = index === 0 ? widths.indent : 0;
    const slack = avail - line.width;
    if (align === 'center') return { text: line.text, face, x: start + slack / 2 };
    if (align === 'right') return { text: line.text, face, x: start + slack };
    if (align === 'justify' && !line.last)
      return { text: line.text, face, x: start, justifyTo: avail };
    return { text: line.text, face, x: start };
  });
}

/** Measures and breaks every block with the same metrics the DOCX reader will use. */
export function composeBoxes(blocks: Block[], spec: LayoutSpec): Box[] {
  const width = textWidth(spec);
  return blocks.map((block): Box => {
    if (block.type === 'paragraph') {
      const face: FontFace = block.bold ? 'bold' : 'regular';
      const indent = block.indent ? spec.firstLineIndent : 0;
      const measure = (text: string) => measureTwips(text, face, spec.fontSize);
      const lines =
        block.text === ''
          ? [{ text: '', width: 0, last: true }]
          : breakLines(block.text, { measure, firstLineWidth: width - indent, width });
      const placed = placeLines(lines, block.align, face, {
        first: width - indent,
        rest: width,
        indent,
      });
      return {
        rows: placed.map((line) => [line]),
        keepNext: block.keepNext,
        pageBreakBefore: block.pageBreakBefore,
        splittable: true,
      };
    }
    const [postWidth, nameWidth] = signatureColumns(spec);
    const measure = (text: string) => measureTwips(text, 'bold', spec.fontSize);
    const column = (
      text: string,
      columnWidth: number,
      align: Align,
      offset: number,
    ): PlacedLine[] =>
      text === ''
        ? []
        : placeLines(
            breakLines(text, { measure, firstLineWidth: columnWidth, width: columnWidth }),
            align,
            'bold',
            {
              first: columnWidth,
              rest: columnWidth,
              indent: 0,
            },
          ).map((line) => ({ ...line, x: line.x + offset }));
    const rows: PlacedLine[][] = [];
    for (const row of block.rows) {
      const post = column(row.post, postWidth, 'left', 0);
      const name = column(row.name, nameWidth, 'right', postWidth);
      const height = Math.max(1, post.length, name.length);
      for (let i = 0; i < height; i++)
        rows.push([post[i], name[i]].filter((line): line is PlacedLine => line !== undefined));
    }
    return { rows, keepNext: block.keepNext, pageBreakBefore: false, splittable: false };
  });
}
