/**
 * Compiles the unit patterns kept as data in `data/structure/headings.json`, the
 * way eyecite builds its extractors from reporters-db: adding a heading form
 * needs no code change.
 */
import headings from '../../../data/structure/headings.json' with { type: 'json' };
import type { UnitType } from './types.js';

export type PatternLang = 'kk' | 'ru' | 'any';

export interface UnitPattern {
  id: string;
  type: UnitType;
  lang: PatternLang;
  regex: RegExp;
  /** Form the text after the number must take on a line without a Markdown heading marker. */
  strict: RegExp | null;
}

interface UnitPatternData {
  id: string;
  type: string;
  lang: string;
  pattern: string;
  strict?: string;
}

const placeholders: Record<string, string> = headings.placeholders;

function expand(source: string): string {
  return source.replace(/\{(\w+)\}/g, (whole, name: string) => placeholders[name] ?? whole);
}

function compile(data: UnitPatternData): UnitPattern {
  return {
    id: data.id,
    type: data.type as UnitType,
    lang: data.lang as PatternLang,
    regex: new RegExp(expand(data.pattern), 'iu'),
    strict: data.strict === undefined ? null : new RegExp(expand(data.strict), 'u'),
  };
}

export const unitPatterns: readonly UnitPattern[] = (headings.units as UnitPatternData[]).map(
  compile,
);

export const notePattern = new RegExp(headings.notes.pattern, 'iu');
export const footnotePattern = new RegExp(headings.footnotes.pattern, 'u');
export const articleScopePattern = new RegExp(expand(headings.notes.articleScope.pattern), 'iu');

/** The article number a note names (`Сноска. Статья 2 …` → `2`), or null. */
export function articleNamedByNote(note: string): string | null {
  const groups = articleScopePattern.exec(note)?.groups;
  const num = groups?.['num'] ?? groups?.['num2'];
  return num === undefined ? null : normalizeNum(num);
}

/** The patterns that apply to one language (both languages when none is given). */
export function patternsFor(lang: 'kk' | 'ru' | undefined): readonly UnitPattern[] {
  if (lang === undefined) return unitPatterns;
  return unitPatterns.filter((pattern) => pattern.lang === 'any' || pattern.lang === lang);
}

/**
 * One regex that matches wherever any unit pattern could: most lines are plain
 * text, and one failed test is cheaper than nine.
 */
export function unionOf(patterns: readonly UnitPattern[]): RegExp {
  if (patterns.length === 0) return /(?!)/uy;
  // Sticky and without the `^` and the trailing `.*)$`: it is tried at a line's
  // first character inside the whole text, so no line is sliced or scanned to
  // its end unless it can open a unit. A match is only a hint; the full pattern
  // decides on the bare line.
  const sources = patterns.map((pattern) =>
    pattern.regex.source
      .replace(/\(\?<\w+>/g, '(?:')
      .replace(/^\^/, '')
      .replace(/\.\*\)\$$/, ')'),
  );
  return new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'iuy');
}

const cyrillicRoman: Record<string, string> = { І: 'I', Х: 'X', С: 'C' };

/** `39–3` → `39-3`, `ІІ` (Cyrillic) → `II`. */
export function normalizeNum(raw: string): string {
  if (isPlainNumber(raw)) return raw;
  const unified = raw.replace(/\s+/g, '').replace(/[‐‑–—]/g, '-');
  if (/^[IVXLCІХС]+$/iu.test(unified)) {
    return unified.toUpperCase().replace(/[ІХС]/g, (letter) => cyrillicRoman[letter] ?? letter);
  }
  return unified;
}

/** ASCII digits and hyphens, the usual number, which normalizeNum keeps as it is. */
function isPlainNumber(raw: string): boolean {
  if (raw === '') return false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if ((code < 0x30 || code > 0x39) && code !== 0x2d) return false;
  }
  return true;
}
