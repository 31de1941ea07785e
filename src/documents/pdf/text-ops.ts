import {
  beginText,
  endText,
  PDFArray,
  type PDFFont,
  type PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  setFontAndSize,
  setTextMatrix,
  showText,
} from 'pdf-lib';

/** A run of text from one font; `gapAfter` is extra space (pt) added after it when justifying. */
export interface TextSegment {
  text: string;
  gapAfter?: number;
}

/**
 * Writes one page's text in a single BT…ET block: a text matrix per line and one TJ with the
 * justification gaps as kerning adjustments. The spaces stay in the text, so copying keeps them;
 * far fewer operators than pdf-lib's drawText per word.
 */
export class PageTextWriter {
  private readonly operators: PDFOperator[] = [beginText()];
  private readonly fontNames = new Map<PDFFont, PDFName>();
  private currentFont: PDFFont | undefined;
  private currentSize = 0;

  constructor(private readonly page: PDFPage) {}

  line(font: PDFFont, size: number, x: number, y: number, segments: TextSegment[]): void {
    if (font !== this.currentFont || size !== this.currentSize) {
      let name = this.fontNames.get(font);
      if (!name) {
        name = this.page.node.newFontDictionary(font.name, font.ref);
        this.fontNames.set(font, name);
      }
      this.operators.push(setFontAndSize(name, size));
      this.currentFont = font;
      this.currentSize = size;
    }
    this.operators.push(setTextMatrix(1, 0, 0, 1, round(x), round(y)));
    if (segments.length === 1 && !segments[0]!.gapAfter) {
      this.operators.push(showText(font.encodeText(segments[0]!.text)));
      return;
    }
    const items = segments.flatMap((segment) => {
      const encoded = font.encodeText(segment.text);
      // TJ adjustments are in thousandths of an em; negative values move right.
      return segment.gapAfter
        ? [encoded, PDFNumber.of(round((-segment.gapAfter * 1000) / size))]
        : [encoded];
    });
    const array = PDFArray.withContext(this.page.doc.context);
    for (const item of items) array.push(item);
    this.operators.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array]));
  }

  finish(): void {
    this.operators.push(endText());
    this.page.pushOperators(...this.operators);
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
