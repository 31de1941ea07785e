/**
 * One page and type specification shared by the DOCX and PDF writers, in twips (1/20 pt) so
 * both use the same integers. Defaults follow the issue: A4, margins L30/R15/T20/B20 mm,
 * Times New Roman 14 pt, first-line indent 1.25 cm.
 */
export interface LayoutSpec {
  pageWidth: number;
  pageHeight: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Distance from the page top to the page-number header. */
  headerDistance: number;
  /** Font size in half-points (Word's unit): 28 = 14 pt. */
  fontSize: number;
  pageNumberFontSize: number;
  /** Exact line height; exact spacing keeps LibreOffice, Word and our PDF on the same grid. */
  lineHeight: number;
  firstLineIndent: number;
  /** Share of the text width given to the post column of a signature row. */
  signaturePostShare: number;
}

export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

export const defaultLayoutSpec: LayoutSpec = {
  pageWidth: 11906,
  pageHeight: 16838,
  margin: { top: mmToTwips(20), right: mmToTwips(15), bottom: mmToTwips(20), left: mmToTwips(30) },
  headerDistance: mmToTwips(10),
  fontSize: 28,
  pageNumberFontSize: 24,
  lineHeight: 320,
  firstLineIndent: mmToTwips(12.5),
  signaturePostShare: 0.6,
};

export interface LayoutSpecOptions {
  margin?: Partial<LayoutSpec['margin']>;
  /** Margins in millimetres, the unit staff think in. */
  marginMm?: Partial<LayoutSpec['margin']>;
}

/** Merges user overrides into the default spec in one place. */
export function resolveLayoutSpec(options: LayoutSpecOptions = {}): LayoutSpec {
  const mm = Object.fromEntries(
    Object.entries(options.marginMm ?? {}).map(([k, v]) => [k, mmToTwips(v)]),
  );
  return {
    ...defaultLayoutSpec,
    margin: { ...defaultLayoutSpec.margin, ...options.margin, ...mm },
  };
}

export const textWidth = (spec: LayoutSpec): number =>
  spec.pageWidth - spec.margin.left - spec.margin.right;

/** The signature row's two column widths in twips; they add up to the text width exactly. */
export function signatureColumns(spec: LayoutSpec): [number, number] {
  const post = Math.round(textWidth(spec) * spec.signaturePostShare);
  return [post, textWidth(spec) - post];
}
