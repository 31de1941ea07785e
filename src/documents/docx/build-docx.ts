import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type {
  Align,
  Block,
  DocumentLayout,
  ParagraphBlock,
  SignatureBlock,
} from '../layout/blocks.js';
import { type LayoutSpec, signatureColumns, textWidth } from '../layout/spec.js';

const FONT = 'Times New Roman';
/** All four slots: Cyrillic goes through hAnsi, and a missing slot falls back to the theme font. */
const fonts = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

const alignment = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

function run(text: string, options: { bold: boolean; size: number; lang: string }): TextRun {
  return new TextRun({
    text,
    bold: options.bold,
    font: fonts,
    size: options.size,
    language: { value: options.lang },
  });
}

function paragraph(block: ParagraphBlock, spec: LayoutSpec, lang: string): Paragraph {
  return new Paragraph({
    alignment: alignment[block.align],
    indent: block.indent ? { firstLine: spec.firstLineIndent } : undefined,
    spacing: { before: 0, after: 0, line: spec.lineHeight, lineRule: LineRuleType.EXACT },
    keepNext: block.keepNext,
    widowControl: true,
    pageBreakBefore: block.pageBreakBefore,
    children: block.text ? [run(block.text, { bold: block.bold, size: spec.fontSize, lang })] : [],
  });
}

function signatureTable(block: SignatureBlock, spec: LayoutSpec, lang: string): Table {
  const [postWidth, nameWidth] = signatureColumns(spec);
  const cell = (text: string, width: number, align: Align, keepNext: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      borders: { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder },
      children: [
        new Paragraph({
          alignment: alignment[align],
          spacing: { before: 0, after: 0, line: spec.lineHeight, lineRule: LineRuleType.EXACT },
          keepNext,
          keepLines: true,
          children: text ? [run(text, { bold: true, size: spec.fontSize, lang })] : [],
        }),
      ],
    });
  return new Table({
    width: { size: textWidth(spec), type: WidthType.DXA },
    columnWidths: [postWidth, nameWidth],
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: {
      top: noBorder,
      bottom: noBorder,
      left: noBorder,
      right: noBorder,
      insideHorizontal: noBorder,
      insideVertical: noBorder,
    },
    // Every row but the last keeps with the next, so the signatures are never split.
    rows: block.rows.map((row, index) => {
      const keepNext = block.keepNext || index < block.rows.length - 1;
      return new TableRow({
        cantSplit: true,
        children: [
          cell(row.post, postWidth, 'left', keepNext),
          cell(row.name, nameWidth, 'right', keepNext),
        ],
      });
    }),
  });
}

function toElements(blocks: Block[], spec: LayoutSpec, lang: string): Array<Paragraph | Table> {
  return blocks.map((block) =>
    block.type === 'signature' ? signatureTable(block, spec, lang) : paragraph(block, spec, lang),
  );
}

/** Builds the DOCX for a laid-out document and packs it to bytes (the caller writes the file). */
export async function buildDocx(layout: DocumentLayout, spec: LayoutSpec): Promise<Uint8Array> {
  const lang = layout.lang === 'kk' ? 'kk-KZ' : 'ru-RU';
  const pageNumberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0, line: spec.lineHeight, lineRule: LineRuleType.EXACT },
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: fonts,
            size: spec.pageNumberFontSize,
          }),
        ],
      }),
    ],
  });
  const document = new Document({
    creator: 'kazlex',
    title: layout.title,
    styles: {
      default: {
        document: {
          run: { font: fonts, size: spec.fontSize, language: { value: lang } },
          paragraph: {
            spacing: { before: 0, after: 0, line: spec.lineHeight, lineRule: LineRuleType.EXACT },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: spec.pageWidth, height: spec.pageHeight },
            margin: { ...spec.margin, header: spec.headerDistance, footer: spec.headerDistance },
          },
          // Page numbers from page 2: the first page gets its own, empty header.
          titlePage: true,
        },
        headers: {
          default: pageNumberHeader,
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: toElements(layout.blocks, spec, lang),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
