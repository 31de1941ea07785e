/**
 * Aliases: `Министерство … (далее – Министерство)` / `… (бұдан әрі – Министрлік)`.
 * The term is the short name in brackets; the definition is the full name before
 * them, read back to the start of its clause.
 */
import { aliasConfidence, aliasPattern } from './cues.js';
import type { Definition } from './types.js';

const MAX_FULL_NAME_CHARS = 200;
const MAX_ALIAS_WORDS = 10;

export function findAliases(text: string, lang: 'kk' | 'ru' | undefined): Definition[] {
  const found: Definition[] = [];
  aliasPattern.lastIndex = 0;
  for (let match = aliasPattern.exec(text); match; match = aliasPattern.exec(text)) {
    const raw = match.groups?.['term'] ?? '';
    const aliasLang: 'kk' | 'ru' = /бұдан/iu.test(match[0]) ? 'kk' : 'ru';
    if (lang !== undefined && lang !== aliasLang) continue;
    const rawStart = match.index + match[0].indexOf(raw, 1);
    const unquoted = /^[«"“„']?(.*?)[»"”']?$/su.exec(raw)?.[1] ?? raw;
    const start = rawStart + raw.indexOf(unquoted);
    const term = unquoted.trim();
    if (term === '' || !/^[\p{L}\d]/u.test(term)) continue;
    if (term.split(/\s+/u).length > MAX_ALIAS_WORDS) continue;
    const fullName = fullNameBefore(text, match.index);
    if (!fullName) continue;
    found.push({
      term: { start, end: start + term.length, text: term },
      definition: fullName,
      lang: aliasLang,
      kind: 'alias',
      confidence: aliasConfidence,
    });
  }
  return found;
}

function fullNameBefore(text: string, bracket: number): { start: number; end: number } | null {
  let end = bracket;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  const limit = Math.max(0, end - MAX_FULL_NAME_CHARS);
  let start = end;
  let depth = 0;
  while (start > limit) {
    const char = text[start - 1]!;
    if (char === '»' || char === ')') depth++;
    else if ((char === '«' || char === '(') && depth > 0) depth--;
    else if (depth === 0 && /[.;:,\n(]/u.test(char)) break;
    start--;
  }
  while (start < end && /[\s«"]/u.test(text[start]!) && text[start] !== '«') start++;
  return start < end ? { start, end } : null;
}
