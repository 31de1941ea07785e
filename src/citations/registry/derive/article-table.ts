import { normalizeActNumber } from '../normalize.js';
import type { ArticleChange, ArticleEntry } from '../types.js';
import type { ParsedArticle, ParsedText } from './parse-articles.js';

export interface ArticleTableResult {
  articles: ArticleEntry[];
  mismatches: string[];
}

/**
 * Joins the Kazakh and Russian parses of one act into a single table. Article numbers come from
 * both texts and every difference is reported; paragraph lists are kept only where both texts agree,
 * because a list that one language contradicts is not reliable enough to reject a citation with.
 */
export function buildArticleTable(kk: ParsedText, ru: ParsedText): ArticleTableResult {
  const mismatches: string[] = [...kk.warnings, ...ru.warnings];
  const kkByNum = indexByNum(kk.articles, 'kk', mismatches);
  const ruByNum = indexByNum(ru.articles, 'ru', mismatches);
  const order = mergeOrder(
    ru.articles.map((a) => a.num),
    kk.articles.map((a) => a.num),
  );
  const articles: ArticleEntry[] = [];
  for (const num of order) {
    const kkArticle = kkByNum.get(num);
    const ruArticle = ruByNum.get(num);
    if (!kkArticle) mismatches.push(`article ${num}: in ru only`);
    if (!ruArticle) mismatches.push(`article ${num}: in kk only`);
    const entry: ArticleEntry = { num, heading: headingOf(kkArticle, ruArticle) };
    const paragraphs = agreedParagraphs(num, kkArticle, ruArticle, mismatches);
    if (paragraphs) entry.paragraphs = paragraphs;
    const subparagraphs = agreedSubparagraphs(num, kkArticle, ruArticle, mismatches);
    if (subparagraphs) entry.subparagraphs = subparagraphs;
    const inserted = agreedChange(
      `article ${num} insertion`,
      kk.inserted.get(num),
      ru.inserted.get(num),
      mismatches,
    );
    if (inserted) entry.inserted = inserted;
    const repealed = repealStatus(
      num,
      kkArticle,
      ruArticle,
      kk.repealed.get(num),
      ru.repealed.get(num),
      mismatches,
    );
    if (repealed) entry.repealed = repealed;
    articles.push(entry);
  }
  return { articles, mismatches };
}

function indexByNum(
  list: ParsedArticle[],
  lang: string,
  mismatches: string[],
): Map<string, ParsedArticle> {
  const map = new Map<string, ParsedArticle>();
  for (const article of list) {
    if (map.has(article.num)) mismatches.push(`${lang}: article ${article.num} appears twice`);
    else map.set(article.num, article);
  }
  return map;
}

/** Russian order first, then any Kazakh-only numbers in their place. */
function mergeOrder(primary: string[], secondary: string[]): string[] {
  const seen = new Set(primary);
  const result = [...primary];
  for (const num of secondary) {
    if (seen.has(num)) continue;
    seen.add(num);
    result.push(num);
  }
  return result;
}

function headingOf(
  kk: ParsedArticle | undefined,
  ru: ParsedArticle | undefined,
): ArticleEntry['heading'] {
  const heading: ArticleEntry['heading'] = {};
  if (kk?.heading) heading.kk = kk.heading;
  if (ru?.heading) heading.ru = ru.heading;
  return heading;
}

function agreedParagraphs(
  num: string,
  kk: ParsedArticle | undefined,
  ru: ParsedArticle | undefined,
  mismatches: string[],
): string[] | undefined {
  if (!kk || !ru) return undefined;
  if (kk.paragraphs.join(',') === ru.paragraphs.join(',')) return [...ru.paragraphs];
  mismatches.push(
    `article ${num}: paragraphs differ (kk ${kk.paragraphs.join(',') || '—'}; ru ${ru.paragraphs.join(',') || '—'})`,
  );
  return undefined;
}

/** Sub-points are kept only when both languages list the same ones under the same paragraphs. */
function agreedSubparagraphs(
  num: string,
  kk: ParsedArticle | undefined,
  ru: ParsedArticle | undefined,
  mismatches: string[],
): Record<string, string[]> | undefined {
  if (!kk || !ru) return undefined;
  const render = (map: Record<string, string[]>) =>
    Object.entries(map)
      .map(([para, list]) => `${para || '-'}:${list.join(',')}`)
      .join(' ');
  if (render(kk.subparagraphs) !== render(ru.subparagraphs)) {
    mismatches.push(
      `article ${num}: sub-points differ (kk ${render(kk.subparagraphs) || '—'}; ru ${render(ru.subparagraphs) || '—'})`,
    );
    return undefined;
  }
  return Object.keys(ru.subparagraphs).length > 0 ? structuredClone(ru.subparagraphs) : undefined;
}

function agreedChange(
  what: string,
  kk: ArticleChange | undefined,
  ru: ArticleChange | undefined,
  mismatches: string[],
): ArticleChange | undefined {
  if (kk && ru && kk.date !== ru.date) mismatches.push(`${what}: kk ${kk.date}, ru ${ru.date}`);
  const chosen = ru ?? kk;
  if (!chosen) return undefined;
  // The Kazakh notes often give the full number (`126-IV`) where the Russian ones give `126`.
  // Only notes that name the same date describe the same amending act.
  const sameAct = [ru, kk].filter((change) => change?.date === chosen.date);
  const numbers = sameAct.map((change) => change?.number).filter((n): n is string => Boolean(n));
  const fullest = numbers.sort(
    (a, b) => normalizeActNumber(b).length - normalizeActNumber(a).length,
  )[0];
  return { date: chosen.date, number: fullest ?? null };
}

function repealStatus(
  num: string,
  kkArticle: ParsedArticle | undefined,
  ruArticle: ParsedArticle | undefined,
  kkNote: ArticleChange | undefined,
  ruNote: ArticleChange | undefined,
  mismatches: string[],
): ArticleChange | true | undefined {
  const kkEmpty = kkArticle?.empty ?? false;
  const ruEmpty = ruArticle?.empty ?? false;
  if (kkArticle && ruArticle && kkEmpty !== ruEmpty) {
    mismatches.push(`article ${num}: repealed in ${kkEmpty ? 'kk' : 'ru'} text only`);
  }
  if (!kkEmpty && !ruEmpty) return undefined;
  return agreedChange(`article ${num} repeal`, kkNote, ruNote, mismatches) ?? true;
}
