import { buildWorkIri, slugifyNumber } from '../iri.js';
import { normalizeActNumber, numberDigits } from '../normalize.js';
import type { ActType } from '../types.js';
import { isNoteLine, NOTE_DATE, NOTE_NUMBER, parseNoteDate } from './notes.js';
import type { TextLang } from './parse-articles.js';

/** An act named with its date (and usually its number) in the notes of a law text. */
export interface CitedAct {
  type: ActType | null;
  issuer: string | null;
  date: string;
  /** Numbers exactly as written, with their `№`/`N` sign when there was one. */
  writtenNumbers: string[];
  /** `file: note kind ×count` entries. */
  mentions: Map<string, number>;
}

interface TypeWord {
  pattern: RegExp;
  type: ActType;
  issuer?: string;
}

/** Most specific first: `Конституционным законом` before `законом`. */
const TYPE_WORDS: Record<TextLang, TypeWord[]> = {
  ru: [
    { pattern: /^Конституционн[а-я]*\s+[Зз]акон/u, type: 'constitutional-law' },
    { pattern: /^Конституционного\s+Суда/u, type: 'resolution', issuer: 'constitutional-court' },
    {
      pattern: /^[Пп]остановлени[а-я]*\s+Правительства/u,
      type: 'resolution',
      issuer: 'government',
    },
    { pattern: /^Указ[а-я]*/u, type: 'decree', issuer: 'president' },
    { pattern: /^[Кк]одекс[а-я]*/u, type: 'code' },
    { pattern: /^Конституци[а-я]*/u, type: 'constitution' },
    { pattern: /^[Зз]акон[а-я]*/u, type: 'law' },
  ],
  kk: [
    { pattern: /^Конституциялық\s+[Зз]аң/u, type: 'constitutional-law' },
    { pattern: /^нормативтік\s+қаулы/u, type: 'resolution', issuer: 'constitutional-court' },
    { pattern: /^Жарлығ/u, type: 'decree', issuer: 'president' },
    { pattern: /^[Кк]одекс/u, type: 'code' },
    { pattern: /^[Зз]аң(?:ымен|дарымен|ының|ы\b|дары)/u, type: 'law' },
  ],
};

const TOKEN = {
  ru: new RegExp(
    String.raw`(Конституционн[а-я]*\s+[Зз]акон[а-я]*|Конституционного\s+Суда|[Пп]остановлени[а-я]*\s+Правительства|Указ[а-я]*|[Кк]одекс[а-я]*|Конституци[а-я]*|[Зз]акон[а-я]*)|(от\s+)?(${NOTE_DATE})(?:\s*(?:года\s*)?([№N])\s*(${NOTE_NUMBER}))?`,
    'gu',
  ),
  kk: new RegExp(
    String.raw`(Конституциялық\s+[Зз]аң[а-яәғқңөұүһі]*|нормативтік\s+қаулы[а-яәғқңөұүһі]*|Жарлығ[а-яәғқңөұүһі]*|[Кк]одекс[а-яәғқңөұүһі]*|[Зз]аң[а-яәғқңөұүһі]*)|(от\s+)?(${NOTE_DATE})(?:\s*([№N])\s*(${NOTE_NUMBER}))?`,
    'gu',
  ),
} as const;

/** Removes parenthesised remarks (`(вводится в действие с 01.01.2023)`), which name dates but no acts. */
export function stripParentheses(text: string): string {
  let previous = '';
  let current = text;
  while (current !== previous) {
    previous = current;
    current = current.replace(/\([^()]*\)/g, ' ');
  }
  return current;
}

interface Pending {
  date: string;
  written: string | null;
}

/**
 * Finds the acts named in the notes of one text. Russian puts the kind of act first (`законами РК
 * от A; от B`), Kazakh after the list (`ҚР A; B Заңдарымен`), so each language has its own walk.
 */
export function findCitedActs(text: string, lang: TextLang, file: string): CitedAct[] {
  const found = new Map<string, CitedAct>();
  for (const line of text.split(/\r?\n/)) {
    if (!isNoteLine(line)) continue;
    const kind = /Сноска|Ескерту/u.test(line) ? 'amendment notes' : 'editorial notes';
    const note = stripParentheses(line);
    const record = (item: Pending, word: TypeWord | null) => {
      const type = typeFor(item, word);
      if (type.type === 'constitution') return;
      const key = actKey(item.date, item.written, type.type);
      const act = found.get(key) ?? {
        type: type.type,
        issuer: type.issuer,
        date: item.date,
        writtenNumbers: [],
        mentions: new Map<string, number>(),
      };
      if (item.written && !act.writtenNumbers.includes(item.written))
        act.writtenNumbers.push(item.written);
      const where = `${file} ${kind}`;
      act.mentions.set(where, (act.mentions.get(where) ?? 0) + 1);
      found.set(key, act);
    };
    let current: TypeWord | null = null;
    let pending: Pending[] = [];
    for (const match of note.matchAll(TOKEN[lang])) {
      if (match[1]) {
        const word = TYPE_WORDS[lang].find((w) => w.pattern.test(match[1]!)) ?? null;
        if (lang === 'kk') {
          // `Заңымен` (singular) names the kind of the last act only; `Заңдарымен` of the whole list.
          const plural = /(?:дар|дер|лар|лер)/u.test(match[1]);
          pending.forEach((item, i) => {
            record(item, plural || i === pending.length - 1 ? word : null);
          });
          pending = [];
        } else current = word;
        continue;
      }
      const date = parseNoteDate(match[3]!);
      const hasNumber = Boolean(match[5]);
      // A bare date is an act only after `от`; otherwise it is an in-force date.
      if (!date || (!hasNumber && !match[2])) continue;
      const item = { date, written: hasNumber ? `${match[4]} ${match[5]}` : null };
      if (lang === 'kk') pending.push(item);
      else record(item, current);
    }
    for (const item of pending) record(item, null);
  }
  return [...found.values()];
}

function typeFor(
  item: Pending,
  word: TypeWord | null,
): { type: ActType | null; issuer: string | null } {
  // Numbers such as `8-НП` / `8-НҚ` belong to normative resolutions of the Constitutional Court.
  if (item.written && /-(?:НП|НҚ)$/u.test(item.written)) {
    return { type: 'resolution', issuer: 'constitutional-court' };
  }
  return { type: word?.type ?? null, issuer: word?.issuer ?? null };
}

/** Laws, codes and constitutional laws share one numbering; other kinds have their own. */
export function actKey(date: string, written: string | null, type: ActType | null): string {
  const series = type === 'resolution' || type === 'decree' || type === 'order' ? type : 'law';
  return `${series}|${date}|${written ? numberDigits(written.replace(/^[№N]\s*/u, '')) : 'nn'}`;
}

/** The fullest number among the written forms: `126-IV` over `126`, Latin numerals. */
export function canonicalNumber(written: string[]): string | null {
  const bare = written.map((w) => w.replace(/^[№N]\s*/u, ''));
  const sorted = [...bare].sort((a, b) => b.length - a.length);
  const fullest = sorted[0];
  return fullest ? normalizeActNumber(fullest).toUpperCase() : null;
}

/** `148-II` → `148`, `148-II`, `N 148-II`, `№ 148-II` and every form seen in the texts. */
export function numberVariants(canonical: string | null, written: string[]): string[] {
  if (!canonical) return [];
  const digits = numberDigits(canonical);
  const bare = written.map((w) => w.replace(/^[№N]\s*/u, ''));
  const variants = new Set<string>([digits, canonical, `№ ${canonical}`, `N ${canonical}`]);
  for (const form of [...bare, ...written]) variants.add(form);
  return [...variants];
}

export function citedActId(
  type: ActType,
  date: string,
  number: string | null,
  issuer: string | null,
): string {
  const prefix = issuer === 'constitutional-court' ? 'cc-resolution' : type;
  return `${prefix}-${date}-${number ? slugifyNumber(number) : 'nn'}`;
}

export function citedActIri(
  type: ActType,
  date: string,
  number: string | null,
  issuer: string | null,
): string {
  return buildWorkIri({ type, issuer: issuer ?? undefined, date, number });
}
