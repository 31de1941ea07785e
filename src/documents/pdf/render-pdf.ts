import { createHash } from 'node:crypto';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { DocumentLayout } from '../layout/blocks.js';
import type { LayoutSpec } from '../layout/spec.js';
import { composeBoxes, measureTwips, type PlacedLine } from './compose.js';
import { cachingFontkit, type FontFace, loadFont } from './fonts.js';
import { paginate } from './paginate.js';
import { PageTextWriter } from './text-ops.js';

/** A standard six-letter subset tag (`ABCDEF+`), derived from the text so output is deterministic. */
function subsetTag(seed: string): string {
  const digest = createHash('sha1').update(seed).digest();
  return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join(
    '',
  );
}

const noShaping = { kern: false, liga: false };

interface DrawContext {
  writer: PageTextWriter;
  fonts: Record<FontFace, PDFFont>;
  spec: LayoutSpec;
}

/** Renders a laid-out document with Tinos subsets; justification spreads the slack over the spaces. */
export async function buildPdf(
  layout: DocumentLayout,
  spec: LayoutSpec,
  options: { creationDate?: Date } = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(cachingFontkit as never);
  const seed = layout.blocks
    .map((block) =>
      block.type === 'paragraph'
        ? block.text
        : block.rows.map((row) => `${row.post}|${row.name}`).join('\n'),
    )
    .join('\n');
  const tag = subsetTag(seed);
  const embed = (face: FontFace, name: string) =>
    pdf.embedFont(loadFont(face).bytes, {
      subset: true,
      features: noShaping,
      customName: `${tag}+${name}`,
    });
  const fonts: Record<FontFace, PDFFont> = {
    regular: await embed('regular', 'Tinos-Regular'),
    bold: await embed('bold', 'Tinos-Bold'),
  };
  const textHeight = spec.pageHeight - spec.margin.top - spec.margin.bottom;
  const pages = paginate(
    composeBoxes(layout.blocks, spec),
    Math.floor(textHeight / spec.lineHeight),
  );

  pdf.setTitle(layout.title, { showInWindowTitleBar: true });
  pdf.setLanguage(layout.lang === 'kk' ? 'kk-KZ' : 'ru-RU');
  pdf.setCreator('kazlex');
  pdf.setProducer('kazlex (pdf-lib)');
  const date = options.creationDate ?? new Date(0);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);

  const size = spec.fontSize / 2;
  const ascent = (face: FontFace, points: number) =>
    (loadFont(face).font.ascent / loadFont(face).font.unitsPerEm) * points;
  const pt = (twips: number) => twips / 20;
  pages.forEach((rows, pageIndex) => {
    const page = pdf.addPage([pt(spec.pageWidth), pt(spec.pageHeight)]);
    const ctx: DrawContext = { writer: new PageTextWriter(page), fonts, spec };
    const top = pt(spec.pageHeight);
    if (pageIndex > 0) {
      // Page numbers from page 2, centred in the header like the DOCX.
      const label = String(pageIndex + 1);
      const width = pt(measureTwips(label, 'regular', spec.pageNumberFontSize));
      const x =
        pt(spec.margin.left) +
        (pt(spec.pageWidth - spec.margin.left - spec.margin.right) - width) / 2;
      const y = top - pt(spec.headerDistance) - ascent('regular', spec.pageNumberFontSize / 2);
      ctx.writer.line(fonts.regular, spec.pageNumberFontSize / 2, x, y, [{ text: label }]);
    }
    rows.forEach((row, rowIndex) => {
      for (const line of row) {
        const baseline =
          top - pt(spec.margin.top + rowIndex * spec.lineHeight) - ascent(line.face, size);
        drawLine(ctx, line, pt(spec.margin.left), baseline);
      }
    });
    ctx.writer.finish();
  });
  // Plain (uncompressed) object dictionaries keep fonts and metadata greppable; streams stay deflated.
  return pdf.save({ useObjectStreams: false });
}

function drawLine(ctx: DrawContext, line: PlacedLine, x0: number, baseline: number): void {
  if (line.text === '') return;
  const { fontSize } = ctx.spec;
  const font = ctx.fonts[line.face];
  const x = x0 + line.x / 20;
  const spaces = line.justifyTo === undefined ? 0 : (line.text.match(/ /g) ?? []).length;
  if (line.justifyTo === undefined || spaces === 0) {
    ctx.writer.line(font, fontSize / 2, x, baseline, [{ text: line.text }]);
    return;
  }
  // The slack is shared between the spaces, as Word and LibreOffice justify.
  const gap = (line.justifyTo - measureTwips(line.text, line.face, fontSize)) / spaces / 20;
  const words = line.text.split(' ');
  const segments = words.map((word, index) =>
    index < words.length - 1 ? { text: `${word} `, gapAfter: gap } : { text: word },
  );
  ctx.writer.line(font, fontSize / 2, x, baseline, segments);
}
