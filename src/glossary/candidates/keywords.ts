/**
 * Keyword lists and titles of the parallel abstracts in journal articles:
 * `Түйін сөздер: …`, `Кілт сөздер: …`, `Ключевые слова: …`, `Keywords: …`,
 * the line above `Аңдатпа`/`Аннотация`/`Abstract`, and `И.О. Фамилия: Title.`.
 */
export interface MarkedItem {
  lang: 'kk' | 'ru' | 'en';
  kind: 'keyword' | 'title';
  /** Line-break hyphens undone and whitespace collapsed. */
  term: string;
  start: number;
  end: number;
}

const MARKERS: ReadonlyArray<{ pattern: RegExp; lang: 'kk' | 'ru' | 'en' }> = [
  { pattern: /(?:Түйін(?:ді)?|Кілт|Кiлт|Тірек) сөздер\s*[:：–—-]/giu, lang: 'kk' },
  { pattern: /Ключевые слова\s*[:：–—-]/giu, lang: 'ru' },
  { pattern: /Key ?words\s*[:：–—-]/giu, lang: 'en' },
];

const ABSTRACT_HEADINGS: ReadonlyArray<{ pattern: RegExp; lang: 'kk' | 'ru' | 'en' }> = [
  { pattern: /^[ \t]*(?:Аңдатпа|Андатпа|Түйіндеме)[ \t]*$/gimu, lang: 'kk' },
  { pattern: /^[ \t]*(?:Аннотация|Резюме)[ \t]*$/gimu, lang: 'ru' },
  { pattern: /^[ \t]*(?:Abstract|Annotation|Summary)[ \t]*$/gimu, lang: 'en' },
];

// «Е.К. Нурпеисов: Заңнама және … идеясы.» (the author line that opens a summary).
const AUTHOR_TITLE = /^[ \t]*\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+:[ \t]*/gmu;

/** The longest a list or title may run before we give up looking for its full stop. */
const MAX_LIST = 800;

export function findKeywordLists(text: string): MarkedItem[] {
  const out: MarkedItem[] = [];
  for (const { pattern, lang } of MARKERS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const from = match.index + match[0].length;
      const stop = listEnd(text, from);
      for (const item of splitItems(text, from, stop)) out.push({ lang, kind: 'keyword', ...item });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function findTitles(text: string): MarkedItem[] {
  const out: MarkedItem[] = [];
  for (const { pattern, lang } of ABSTRACT_HEADINGS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const line = previousLine(text, match.index);
      if (line !== null) out.push({ lang, kind: 'title', ...line });
    }
  }
  AUTHOR_TITLE.lastIndex = 0;
  for (let match = AUTHOR_TITLE.exec(text); match !== null; match = AUTHOR_TITLE.exec(text)) {
    const from = match.index + match[0].length;
    const stop = listEnd(text, from);
    const item = trimmedItem(text, from, stop);
    if (item !== null) out.push({ lang: guessLang(item.term), kind: 'title', ...item });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A list ends at a full stop before a line break or the end, or at a blank paragraph after a stop. */
function listEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_LIST);
  for (let i = from; i < limit; i++) {
    if (text[i] === '.' && /^[ \t]*(?:\r?\n|$)/u.test(text.slice(i + 1, i + 3))) return i;
  }
  const line = text.indexOf('\n', from);
  return line === -1 || line > limit ? limit : line;
}

function splitItems(
  text: string,
  from: number,
  to: number,
): Array<{ term: string; start: number; end: number }> {
  const out: Array<{ term: string; start: number; end: number }> = [];
  let at = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === ',' || text[i] === ';') {
      const item = trimmedItem(text, at, i);
      if (item !== null) out.push(item);
      at = i + 1;
    }
  }
  return out;
}

function trimmedItem(
  text: string,
  from: number,
  to: number,
): { term: string; start: number; end: number } | null {
  let start = from;
  let end = to;
  while (start < end && /[\s.]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s.]/u.test(text[end - 1] ?? '')) end--;
  if (end - start < 2) return null;
  const term = text
    .slice(start, end)
    .replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/gu, ' ');
  return /\p{L}/u.test(term) ? { term, start, end } : null;
}

function previousLine(
  text: string,
  before: number,
): { term: string; start: number; end: number } | null {
  let end = before;
  // Skip blank lines above the heading.
  while (end > 0 && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end === 0) return null;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return trimmedItem(text, start, end);
}

function guessLang(term: string): 'kk' | 'ru' | 'en' {
  if (/[әғқңөұүһі]/iu.test(term)) return 'kk';
  return /\p{Script=Cyrillic}/u.test(term) ? 'ru' : 'en';
}
