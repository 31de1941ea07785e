import type { ArticleChange } from '../types.js';
import { isNoteLine, NOTE_DATE, NOTE_NUMBER, parseNoteDate } from './notes.js';

export type TextLang = 'kk' | 'ru';

/** One article as found in a Markdown law text. */
export interface ParsedArticle {
  num: string;
  heading: string | null;
  paragraphs: string[];
  /** Sub-point numbers (`1)`, `3-1)`) under each paragraph; key `''` for sub-points before any paragraph. */
  subparagraphs: Record<string, string[]>;
  /** No text besides notes: the article was repealed but its heading kept. */
  empty: boolean;
  /** The notes printed inside the article. */
  notes: string[];
}

export interface ParsedText {
  articles: ParsedArticle[];
  inserted: Map<string, ArticleChange>;
  repealed: Map<string, ArticleChange>;
  /** Things that look wrong, such as paragraphs out of order. */
  warnings: string[];
}

const ARTICLE_NUM = String.raw`(\d+(?:-\d+)*)`;
const HEADINGS: Record<TextLang, RegExp[]> = {
  ru: [
    new RegExp(String.raw`^###\s+Статья\s+${ARTICLE_NUM}\.?(?:\s+(.*))?$`, 'u'),
    new RegExp(String.raw`^\*\*Статья\s+${ARTICLE_NUM}\.?\*\*\s*$`, 'u'),
  ],
  // `### 32-2 бап.` (space instead of hyphen) occurs in the official Kazakh text of Law 148-II.
  kk: [
    new RegExp(String.raw`^###\s+${ARTICLE_NUM}[-\s]бап\.?(?:\s+(.*))?$`, 'u'),
    new RegExp(String.raw`^\*\*${ARTICLE_NUM}-бап\*\*\s*$`, 'u'),
  ],
};

const SECTION_HEADING = /^#{1,2}\s/;
const ANCHOR = /^<a id="[^"]*"><\/a>$/;
const FRONT_MATTER = /^(?:---|source:|part_of:)/;
/** `1. text`, `2-1. text` (sometimes indented); sub-points `1)` are not paragraphs. */
const PARAGRAPH = /^\s{0,4}(\d+(?:-\d+)*)\.\s+\S/;

/** `1) text`, `3-1) text`, `35\) text` (Markdown escape kept from the source). */
const SUBPARAGRAPH = /^\s{0,8}\*?(\d+(?:-\d+)*)\\?\)\s+\S/;

/** Splits a law text into articles, with their paragraph numbers and the insert/repeal notes. */
export function parseArticles(text: string, lang: TextLang): ParsedText {
  const articles: ParsedArticle[] = [];
  const warnings: string[] = [];
  let current: ParsedArticle | null = null;
  let paragraphNum = '';
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\s+$/, '');
    const heading = matchHeading(line, lang);
    if (heading) {
      current = {
        num: heading.num,
        heading: heading.title,
        paragraphs: [],
        subparagraphs: {},
        empty: true,
        notes: [],
      };
      articles.push(current);
      paragraphNum = '';
      continue;
    }
    if (SECTION_HEADING.test(line)) {
      current = null;
      continue;
    }
    if (!current || line.trim() === '' || ANCHOR.test(line.trim())) continue;
    if (isNoteLine(line)) {
      current.notes.push(line.trim());
      continue;
    }
    if (FRONT_MATTER.test(line)) continue;
    current.empty = false;
    const paragraph = PARAGRAPH.exec(line);
    // An indented repeat of a number is another wording of that paragraph (a suspended or future
    // version the database prints beside it), not a new paragraph.
    if (paragraph) {
      paragraphNum = paragraph[1]!;
      if (!current.paragraphs.includes(paragraphNum)) current.paragraphs.push(paragraphNum);
      continue;
    }
    const subparagraph = SUBPARAGRAPH.exec(line);
    if (subparagraph) {
      const list = current.subparagraphs[paragraphNum] ?? [];
      if (!list.includes(subparagraph[1]!)) list.push(subparagraph[1]!);
      current.subparagraphs[paragraphNum] = list;
    }
  }
  for (const article of articles) {
    const order = findDisorder(article.paragraphs);
    if (order) warnings.push(`${lang} article ${article.num}: paragraph ${order} out of order`);
  }
  const { inserted, repealed } = collectArticleChanges(text, lang);
  for (const article of articles) {
    if (!article.empty || repealed.has(article.num)) continue;
    const change = repealInOwnNotes(article.notes, lang);
    if (change) repealed.set(article.num, change);
  }
  return { articles, inserted, repealed, warnings };
}

function matchHeading(line: string, lang: TextLang): { num: string; title: string | null } | null {
  for (const pattern of HEADINGS[lang]) {
    const match = pattern.exec(line);
    if (match) {
      const title = match[2]?.trim().replace(/\.$/, '') || null;
      return { num: match[1]!, title };
    }
  }
  return null;
}

/** Paragraph numbers must grow, allowing inserted `N-1` after `N`; returns the first offender. */
function findDisorder(paragraphs: string[]): string | null {
  for (let i = 1; i < paragraphs.length; i++) {
    if (compareNumbers(paragraphs[i - 1]!, paragraphs[i]!) >= 0) return paragraphs[i]!;
  }
  return null;
}

export function compareNumbers(a: string, b: string): number {
  const left = a.split('-').map(Number);
  const right = b.split('-').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

const DATE_AND_NUMBER = String.raw`(${NOTE_DATE})(?:\s*[№N]\s*(${NOTE_NUMBER}))?`;
const CHANGE_PATTERNS: Record<TextLang, { inserted: RegExp[]; repealed: RegExp[] }> = {
  ru: {
    inserted: [
      new RegExp(
        String.raw`дополнен[аы]?\s+стать[ёе]й\s+${ARTICLE_NUM}\s+в\s+соответствии\s+с\s+(?:Конституционным\s+)?Законом\s+(?:РК|Республики\s+Казахстан)\s+от\s+${DATE_AND_NUMBER}`,
        'gu',
      ),
    ],
    repealed: [
      new RegExp(
        String.raw`Статья\s+${ARTICLE_NUM}\s+исключена\s+(?:Конституционным\s+)?Законом\s+(?:РК|Республики\s+Казахстан)\s+от\s+${DATE_AND_NUMBER}`,
        'gu',
      ),
    ],
  },
  kk: {
    inserted: [
      new RegExp(
        String.raw`${ARTICLE_NUM}-баппен\s+толықтырылды\s*[-–—]\s*ҚР\s+${DATE_AND_NUMBER}`,
        'gu',
      ),
    ],
    repealed: [
      new RegExp(
        String.raw`${ARTICLE_NUM}-бап\s+алып\s+тасталды\s*[-–—]\s*ҚР\s+${DATE_AND_NUMBER}`,
        'gu',
      ),
    ],
  },
};

function collectArticleChanges(
  text: string,
  lang: TextLang,
): { inserted: Map<string, ArticleChange>; repealed: Map<string, ArticleChange> } {
  const patterns = CHANGE_PATTERNS[lang];
  return { inserted: collect(text, patterns.inserted), repealed: collect(text, patterns.repealed) };
}

function collect(text: string, patterns: RegExp[]): Map<string, ArticleChange> {
  const found = new Map<string, ArticleChange>();
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const date = parseNoteDate(match[2]!);
      if (!date) continue;
      // The first note wins: a later re-insertion would be a second change, which these texts do not show.
      if (!found.has(match[1]!)) found.set(match[1]!, { date, number: match[3] ?? null });
    }
  }
  return found;
}

const OWN_REPEAL: Record<TextLang, RegExp> = {
  ru: new RegExp(
    String.raw`исключена\s+(?:Конституционным\s+)?Законом\s+(?:РК|Республики\s+Казахстан)\s+от\s+${DATE_AND_NUMBER}`,
    'u',
  ),
  kk: new RegExp(String.raw`алып\s+тасталды\s*[-–—]\s*ҚР\s+${DATE_AND_NUMBER}`, 'u'),
};

/** `Статья исключена Законом РК от …` without the article number: the note sits in the article itself. */
function repealInOwnNotes(notes: string[], lang: TextLang): ArticleChange | null {
  for (const note of notes) {
    const match = OWN_REPEAL[lang].exec(note);
    const date = match ? parseNoteDate(match[1]!) : null;
    if (match && date) return { date, number: match[2] ?? null };
  }
  return null;
}
