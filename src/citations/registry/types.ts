/** The kinds of act the registry knows; the same names appear in the `cite` JSON output. */
export const ActType = {
  CONSTITUTION: 'constitution',
  CONSTITUTIONAL_LAW: 'constitutional-law',
  CODE: 'code',
  LAW: 'law',
  DECREE: 'decree',
  RESOLUTION: 'resolution',
  ORDER: 'order',
  TREATY: 'treaty',
  /** A decision of a maslikhat or akimat (`шешім`, `решение`). */
  DECISION: 'decision',
} as const;

export type ActType = (typeof ActType)[keyof typeof ActType];

export type Lang = 'kk' | 'ru';

/** One wording of a title and the dates (inclusive, `YYYY-MM-DD`) it was used; null = open. */
export interface TitleVersion {
  text: string;
  validFrom: string | null;
  validTo: string | null;
  /** Which text stated this title. */
  source?: string;
}

/** A change to the article table recorded in a note (`Сноска`/`Ескерту`): the amending act. */
export interface ArticleChange {
  date: string;
  number: string | null;
}

export interface ArticleEntry {
  /** Article number as printed, with inserted ones like `39-3`. */
  num: string;
  heading: { kk?: string; ru?: string };
  /** Numbers of the article's paragraphs (пункт/тармақ); absent when they could not be derived reliably. */
  paragraphs?: string[];
  /**
   * Sub-point numbers (подпункт/тармақша, `3)`) under each paragraph number, key `''` for sub-points
   * directly in the article; absent when the texts disagree or have none. Best effort: sub-points of
   * a paragraph quoted in another paragraph are counted under the quoting one.
   */
  subparagraphs?: Record<string, string[]>;
  /** The article was added to the act after adoption (note `дополнен статьей`/`баппен толықтырылды`). */
  inserted?: ArticleChange;
  /** The article is repealed in this expression (its heading stays, its text is gone). */
  repealed?: ArticleChange | true;
}

/** A version of an act in force over a date range (inclusive; null = open), with its article table. */
export interface ActExpression {
  id: string;
  validFrom: string | null;
  validTo: string | null;
  articles: ArticleEntry[];
}

export interface Act {
  /** Stable short id, e.g. `law-148-ii`. */
  id: string;
  /** Work IRI in Akoma Ntoso FRBR style, e.g. `/akn/kz/act/2001-01-23/148-ii`. */
  iri: string;
  type: ActType;
  /** Who issued it when the type alone does not say (`constitutional-court`, `government`, `president`). */
  issuer?: string;
  /** The fullest number the texts give, e.g. `148-II`; null when none is stated. */
  number: string | null;
  /** Every way the texts write the number: `148`, `148-II`, `N 148`, `№ 148-II`. */
  numberVariants: string[];
  /** Date of adoption or signature, `YYYY-MM-DD`; null when no text states it. */
  date: string | null;
  titles: { kk: TitleVersion[]; ru: TitleVersion[] };
  aliases: { kk: string[]; ru: string[] };
  expressions: ActExpression[];
  /** Which files and notes stated the fields of this act. */
  source: string;
}

export interface HasArticleOptions {
  /** Date of the citing text: articles inserted after it or repealed before it do not count. */
  date?: string | null;
  /** Also require this sub-point (under `paragraph`, or directly in the article when no paragraph is given). */
  subparagraph?: string | null;
}

export interface Registry {
  acts: Act[];
  byId(id: string): Act | undefined;
  /** Acts whose number matches (`148`, `148-II`, `№ 148-ii` all match 148-II); `date` narrows to that date or year. */
  byNumber(num: string, date?: string): Act[];
  /** Acts whose title or alias, normalised, equals the text or has it as its core (quotes, case, spaces ignored). */
  byTitle(text: string, lang: Lang): Act[];
  /** The expression in force on `date` (`YYYY-MM-DD`, or `YYYY`/`YYYY-MM` if in force all that period); null date → the latest. */
  expressionAt(act: Act, date: string | null): ActExpression | undefined;
  hasArticle(
    expr: ActExpression,
    article: string,
    paragraph?: string | null,
    options?: HasArticleOptions,
  ): boolean;
}
