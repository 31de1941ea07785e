import {
  normalizeActNumber,
  normalizeProvisionNumber,
  numberDigits,
  titleCore,
} from './normalize.js';
import type { Act, ActExpression, HasArticleOptions, Lang, Registry } from './types.js';

/** Builds the lookup functions over a list of acts; pure, no I/O. */
export function createRegistry(acts: Act[]): Registry {
  const byIdMap = new Map(acts.map((act) => [act.id, act]));
  const numberIndex = indexBy(acts, (act) => [
    ...act.numberVariants.map(normalizeActNumber),
    ...(act.number ? [normalizeActNumber(act.number)] : []),
  ]);
  const digitsIndex = indexBy(acts, (act) => (act.number ? [numberDigits(act.number)] : []));
  const titleIndex: Record<Lang, Map<string, Act[]>> = {
    kk: indexBy(acts, (act) =>
      [...act.titles.kk.map((t) => t.text), ...act.aliases.kk].map(titleCore),
    ),
    ru: indexBy(acts, (act) =>
      [...act.titles.ru.map((t) => t.text), ...act.aliases.ru].map(titleCore),
    ),
  };

  return {
    acts,
    byId: (id) => byIdMap.get(id),
    byNumber(num, date) {
      const wanted = normalizeActNumber(num);
      if (!wanted) return [];
      // `148` (no convocation suffix) also finds `148-II`; `148-III` does not.
      const candidates =
        (/^\d+$/.test(wanted) ? digitsIndex.get(wanted) : numberIndex.get(wanted)) ?? [];
      return date
        ? candidates.filter((act) => act.date?.startsWith(date) ?? false)
        : [...candidates];
    },
    byTitle(text, lang) {
      const core = titleCore(text);
      return core ? [...(titleIndex[lang].get(core) ?? [])] : [];
    },
    expressionAt,
    hasArticle,
  };
}

function indexBy(acts: Act[], keys: (act: Act) => string[]): Map<string, Act[]> {
  const index = new Map<string, Act[]>();
  for (const act of acts) {
    for (const key of new Set(keys(act))) {
      if (!key) continue;
      const list = index.get(key) ?? [];
      list.push(act);
      index.set(key, list);
    }
  }
  return index;
}

/**
 * Ranges are inclusive at both ends; a null date means "now", i.e. the latest expression. A partial
 * date (`2026`, `2026-07`) picks an expression only if it is the one version in force over that
 * whole period: `2026` is ambiguous between the two Constitutions, so it gives undefined.
 */
export function expressionAt(act: Act, date: string | null): ActExpression | undefined {
  if (date === null) {
    return [...act.expressions].sort((a, b) =>
      (b.validFrom ?? '').localeCompare(a.validFrom ?? ''),
    )[0];
  }
  const [start, end] = periodOf(date);
  const overlapping = act.expressions.filter(
    (e) =>
      (e.validFrom === null || e.validFrom <= end) && (e.validTo === null || start <= e.validTo),
  );
  const only = overlapping.length === 1 ? overlapping[0] : undefined;
  const coversAll =
    only &&
    (only.validFrom === null || only.validFrom <= start) &&
    (only.validTo === null || end <= only.validTo);
  return coversAll ? only : undefined;
}

/** `2026` → 2026-01-01..2026-12-31; `2026-02` → 2026-02-01..2026-02-28. */
function periodOf(date: string): [string, string] {
  if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`];
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const lastDay = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return [`${date}-01`, `${date}-${String(lastDay).padStart(2, '0')}`];
  }
  return [date, date];
}

/**
 * Whether `article` (and `paragraph`) exists in the expression. With `options.date`, an article
 * inserted after that date or repealed on or before it does not count. When an article's paragraphs
 * could not be derived, any paragraph is accepted: the table cannot disprove it. The same holds for
 * `options.subparagraph` and an article whose sub-points are unknown.
 */
export function hasArticle(
  expr: ActExpression,
  article: string,
  paragraph?: string | null,
  options?: HasArticleOptions,
): boolean {
  const num = normalizeProvisionNumber(article);
  const entry = expr.articles.find((a) => a.num === num);
  if (!entry) return false;
  const date = options?.date ?? null;
  if (date) {
    if (entry.inserted && entry.inserted.date > date) return false;
    if (entry.repealed && entry.repealed !== true && entry.repealed.date <= date) return false;
  }
  const para =
    paragraph === undefined || paragraph === null ? null : normalizeProvisionNumber(paragraph);
  if (para !== null && entry.paragraphs !== undefined && !entry.paragraphs.includes(para))
    return false;
  const sub = options?.subparagraph;
  if (sub === undefined || sub === null || entry.subparagraphs === undefined) return true;
  // Known sub-points but none under this paragraph (or paragraphs unknown): cannot disprove only if
  // the paragraph list itself is unknown.
  const list = entry.subparagraphs[para ?? ''];
  if (!list) return entry.paragraphs === undefined;
  return list.includes(normalizeProvisionNumber(sub));
}
