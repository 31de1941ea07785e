/**
 * The structure tree of a legal act: sections, chapters, articles, points
 * (пункт / тармақ), sub-points (подпункт / тармақша), indents (абзац) and the
 * editorial notes kept apart from the norm text. Offsets are UTF-16 code units
 * into the text that was parsed, ends exclusive.
 */

export const UnitType = {
  SECTION: 'section',
  CHAPTER: 'chapter',
  ARTICLE: 'article',
  PARAGRAPH: 'paragraph',
  SUBPARAGRAPH: 'subparagraph',
  INDENT: 'indent',
  NOTE: 'note',
  FOOTNOTE: 'footnote',
  PREAMBLE: 'preamble',
} as const;

export type UnitType = (typeof UnitType)[keyof typeof UnitType];

export interface Range {
  start: number;
  end: number;
}

export interface StructureUnit {
  type: UnitType;
  /** The number as written, dashes unified (`39-3`), Roman numerals in Latin letters (`II`); null when unnumbered. */
  num: string | null;
  /** The heading text without its number, or null. */
  heading: string | null;
  /** Akoma Ntoso-style id, unique within the document (`chp_2__art_39-3__para_1`). */
  eId: string;
  start: number;
  end: number;
  /** Where `heading` sits in the text. */
  headingRange?: Range;
  children: StructureUnit[];
}

export interface StructureOptions {
  /** Only look for this language's headings; both when absent. */
  lang?: 'kk' | 'ru' | undefined;
  /** Markdown (as in the corpus law texts) or plain text; detected when absent. */
  format?: 'markdown' | 'plain' | undefined;
}
