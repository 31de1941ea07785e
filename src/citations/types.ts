/** Public shapes of the citations stage. Scripts depend on them: keep them stable. */

export type CitationLang = 'kk' | 'ru';

export type CitationKind =
  | 'full'
  | 'short'
  | 'self'
  | 'alias'
  | 'anaphoric'
  | 'generic'
  | 'foreign'
  | 'draft';

/** One provision of a list or range; only the levels the text names (or context fills) are set. */
export interface CitationPin {
  section?: string;
  chapter?: string;
  article?: string;
  paragraph?: string;
  subparagraph?: string;
}

export interface CitedAct {
  /** `constitution`, `constitutional-law`, `code`, `law`, `decree`, `resolution`, `order`. */
  type: string;
  number: string | null;
  /**
   * ISO date `YYYY-MM-DD` as written in the citation; a year `YYYY` when only the year is
   * written with the Constitution (`1995 жылғы Конституция`); or null.
   */
  date: string | null;
  title: string | null;
  /** Registry work IRI when the act was identified, e.g. `/akn/kz/act/1995-08-30/constitution`. */
  id: string | null;
}

export interface Citation {
  /** UTF-16 offsets into the text given to `findCitations`, end exclusive. */
  start: number;
  end: number;
  text: string;
  lang: CitationLang;
  kind: CitationKind;
  act: CitedAct | null;
  pins: CitationPin[];
  /** Provision IRI of the first pin (`…/constitution/~art_89__para_2`), the work IRI when no pin, or null. */
  target: string | null;
  resolved: boolean;
  reason: string;
  confidence: number;
}

/** An article of one expression of an act. */
export interface RegistryArticle {
  num: string;
  heading?: unknown;
  paragraphs?: string[];
}

export interface RegistryExpression {
  validFrom: string | null;
  validTo: string | null;
  articles: RegistryArticle[];
}

export interface RegistryAct {
  id: string;
  iri: string;
  type: string;
  number: string | null;
  numberVariants?: string[];
  date: string | null;
  /** Per language: a string, strings, or `{ text }` title versions. */
  titles?: unknown;
  aliases?: unknown;
  expressions: RegistryExpression[];
}

/**
 * The part of the acts registry (`src/citations/registry`) that resolution uses.
 * Kept structural so the real registry and small test fakes both fit.
 */
export interface CitationRegistry {
  acts: readonly RegistryAct[];
  byId(id: string): RegistryAct | undefined;
  byNumber(num: string, date?: string): RegistryAct | RegistryAct[] | undefined | null;
  byTitle(text: string, lang: CitationLang): RegistryAct | RegistryAct[] | undefined | null;
  expressionAt(act: RegistryAct, date: string | null): RegistryExpression | undefined | null;
  hasArticle(expr: RegistryExpression, article: string, paragraph?: string | null): boolean;
}

export interface CitationContext {
  /** Language of the text; guessed from the letters when absent. */
  lang?: CitationLang;
  /** Date of the citing document (`YYYY-MM-DD`); chooses the expression (1995 vs 2026 Constitution). */
  documentDate?: string | null;
  /** Registry id (or IRI) of the act the document itself is, for `настоящего Закона` / `осы Заңның`. */
  selfActId?: string | null;
  /** The enclosing article/paragraph at an offset, for `настоящей статьи` / `осы баптың`. */
  unitAt?: (offset: number) => { article?: string; paragraph?: string } | undefined;
  registry?: CitationRegistry;
}
