import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CitationLang } from './types.js';

/** Structural levels a pin can name; `part` (часть/бөлік) is read as a paragraph, `indent` is not pinned. */
export type UnitLevel =
  | 'section'
  | 'chapter'
  | 'article'
  | 'part'
  | 'paragraph'
  | 'subparagraph'
  | 'indent';

export interface UnitWord {
  kind: 'unit';
  level: UnitLevel;
  plural: boolean;
}

export interface ActWord {
  kind: 'act';
  type: string;
  plural: boolean;
  /** Kazakh genitive (`Заңының`, `Конституциясының`): a provision chain may follow directly. */
  genitive: boolean;
}

interface ClassEntry {
  stems: string[];
  endings: string[];
  plural?: string[];
  forms?: string[];
  pluralForms?: string[];
  abbreviations?: string[];
  exclude?: string[];
}

interface RawLexicon {
  lang: CitationLang;
  units: (ClassEntry & { level: UnitLevel })[];
  acts: (ClassEntry & { type: string })[];
  constitutionalAdjective: string[];
  fuzzyTargets: string[];
  self: string[];
  selfUnitOnly?: string[];
  anaphora: string[];
  republic: string[][];
  foreign: string[][];
  soviet: string[][];
  issuers?: string[][];
  actAdjectives?: string[];
  inForceNote?: { before?: string; after?: string };
  draftWords: string[];
  draftBefore?: string[];
  genericWords: string[];
  connectors: { and: string[] };
  ordinalSuffixes?: string[];
  ordinalWords?: Record<string, string>;
  adoptedWords?: string[];
  requisite: {
    yearWords: string[];
    numberSigns: string[];
    from?: string[];
    numberSuffixes?: string[];
  };
  months: Record<string, number>;
  prefilter: string[];
}

/** A lexicon compiled for lookups: every inflected form maps to its class. */
export interface Lexicon {
  lang: CitationLang;
  units: Map<string, UnitWord>;
  unitAbbreviations: Map<string, UnitWord>;
  acts: Map<string, ActWord>;
  constitutionalAdjective: Set<string>;
  fuzzyTargets: string[];
  self: Set<string>;
  selfUnitOnly: Set<string>;
  anaphora: Set<string>;
  republic: string[][];
  foreign: string[][];
  soviet: string[][];
  /** Who issued the act (`Конституциялық Сотының`, `Правительства`): part of the mention. */
  issuers: string[][];
  /** Words between requisites and keyword (`нормативтік`). */
  actAdjectives: Set<string>;
  /** The in-force note's phrase, before or after its dotted date (`Вступает в силу с 01.07.2026`). */
  inForceNote: { before?: string; after?: string };
  draftWords: Set<string>;
  draftBefore: Set<string>;
  genericWords: Set<string>;
  and: Set<string>;
  ordinalSuffixes: Set<string>;
  /** Written ordinals (`части первой`, `бірінші бөлігінің`) → number. */
  ordinalWords: Map<string, string>;
  /** `принятой` / `қабылданған`: the date that follows or precedes is the act's adoption date. */
  adoptedWords: Set<string>;
  yearWords: Set<string>;
  numberSigns: Set<string>;
  /** Letter suffixes of act numbers (`8-НП`, `8-НҚ`), lower case. */
  numberSuffixes: Set<string>;
  fromWords: Set<string>;
  months: [string, number][];
  prefilter: string[];
  /** Which of the lists above hold a form (`WORD_*` bits), so a token carries them from the tokenizer. */
  flags: Map<string, number>;
  /** Some flagged form holds a digit: only then can a number or date token carry flags. */
  digitFlags: boolean;
}

/** Bits of `Lexicon.flags` and `Token.flags`. */
export const WORD_SELF = 1;
export const WORD_GENERIC = 2;
export const WORD_DRAFT = 4;
export const WORD_FROM = 8;
export const WORD_ORDINAL = 16;
export const WORD_UNIT_ABBREVIATION = 32;
export const WORD_AND = 64;
export const WORD_YEAR = 128;
export const WORD_NUMBER_SIGN = 256;
export const WORD_ORDINAL_SUFFIX = 512;

function flagTable(lexicon: Omit<Lexicon, 'flags' | 'digitFlags'>): Map<string, number> {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const word of words) flags.set(word, (flags.get(word) ?? 0) | bit);
  };
  mark(lexicon.self, WORD_SELF);
  mark(lexicon.genericWords, WORD_GENERIC);
  mark(lexicon.draftWords, WORD_DRAFT);
  mark(lexicon.fromWords, WORD_FROM);
  mark(lexicon.ordinalWords.keys(), WORD_ORDINAL);
  mark(lexicon.unitAbbreviations.keys(), WORD_UNIT_ABBREVIATION);
  mark(lexicon.and, WORD_AND);
  mark(lexicon.yearWords, WORD_YEAR);
  mark(lexicon.numberSigns, WORD_NUMBER_SIGN);
  mark(lexicon.ordinalSuffixes, WORD_ORDINAL_SUFFIX);
  return flags;
}

const GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/;

export function findPatternsDir(): string {
  // src/citations → ../../data ; dist/src/citations → ../../../data
  for (const up of ['../../data/citation-patterns/', '../../../data/citation-patterns/']) {
    const path = fileURLToPath(new URL(up, import.meta.url));
    try {
      readFileSync(`${path}lexicon.ru.json`);
      return path;
    } catch {}
  }
  return fileURLToPath(new URL('../../data/citation-patterns/', import.meta.url));
}

function expand(entry: ClassEntry): { form: string; plural: boolean }[] {
  const out: { form: string; plural: boolean }[] = [];
  const plural = new Set(entry.plural ?? []);
  for (const stem of entry.stems) {
    for (const ending of entry.endings)
      out.push({ form: stem + ending, plural: plural.has(ending) });
  }
  const pluralForms = new Set(entry.pluralForms ?? []);
  for (const form of entry.forms ?? []) out.push({ form, plural: pluralForms.has(form) });
  const exclude = new Set(entry.exclude ?? []);
  return out.filter((item) => !exclude.has(item.form));
}

export function compileLexicon(raw: RawLexicon): Lexicon {
  const units = new Map<string, UnitWord>();
  const unitAbbreviations = new Map<string, UnitWord>();
  for (const entry of raw.units) {
    for (const { form, plural } of expand(entry)) {
      if (!units.has(form)) units.set(form, { kind: 'unit', level: entry.level, plural });
    }
    for (const abbr of entry.abbreviations ?? []) {
      unitAbbreviations.set(abbr, { kind: 'unit', level: entry.level, plural: false });
    }
  }
  const acts = new Map<string, ActWord>();
  for (const entry of raw.acts) {
    for (const { form, plural } of expand(entry)) {
      acts.set(form, {
        kind: 'act',
        type: entry.type,
        plural,
        genitive: raw.lang === 'kk' && GENITIVE.test(form),
      });
    }
  }
  const lexicon = {
    lang: raw.lang,
    units,
    unitAbbreviations,
    acts,
    constitutionalAdjective: new Set(raw.constitutionalAdjective),
    fuzzyTargets: raw.fuzzyTargets,
    self: new Set(raw.self),
    selfUnitOnly: new Set(raw.selfUnitOnly ?? []),
    anaphora: new Set(raw.anaphora),
    republic: tokenSequences(raw.republic),
    foreign: tokenSequences(raw.foreign),
    soviet: tokenSequences(raw.soviet),
    issuers: tokenSequences(raw.issuers ?? []),
    actAdjectives: new Set(raw.actAdjectives ?? []),
    inForceNote: raw.inForceNote ?? {},
    draftWords: new Set(raw.draftWords),
    draftBefore: new Set(raw.draftBefore ?? []),
    genericWords: new Set(raw.genericWords),
    and: new Set(raw.connectors.and),
    ordinalSuffixes: new Set(raw.ordinalSuffixes ?? []),
    ordinalWords: new Map(Object.entries(raw.ordinalWords ?? {})),
    adoptedWords: new Set(raw.adoptedWords ?? []),
    yearWords: new Set(raw.requisite.yearWords),
    numberSigns: new Set(raw.requisite.numberSigns),
    numberSuffixes: new Set(raw.requisite.numberSuffixes ?? []),
    fromWords: new Set(raw.requisite.from ?? []),
    months: Object.entries(raw.months),
    prefilter: raw.prefilter,
  };
  const flags = flagTable(lexicon);
  return { ...lexicon, flags, digitFlags: [...flags.keys()].some((word) => /\d/.test(word)) };
}

const cache = new Map<CitationLang, Lexicon>();

/** The compiled lexicon of one language, read once from `data/citation-patterns/lexicon.<lang>.json`. */
export function loadLexicon(lang: CitationLang): Lexicon {
  let lexicon = cache.get(lang);
  if (!lexicon) {
    const raw = JSON.parse(
      readFileSync(`${findPatternsDir()}lexicon.${lang}.json`, 'utf8'),
    ) as RawLexicon;
    lexicon = compileLexicon(raw);
    cache.set(lang, lexicon);
  }
  return lexicon;
}

/** Month number of a month word (`января`, `қаңтардағы`), or 0. */
export function monthOf(lexicon: Lexicon, word: string): number {
  for (const [name, num] of lexicon.months) {
    if (lexicon.lang === 'ru' ? word === name : word.startsWith(name)) return num;
  }
  return 0;
}

/**
 * Word sequences as the lexer sees them, longest first so the longest match wins.
 * A Kazakh case ending is joined to an abbreviation by a hyphen (`КСР-ның`, `ҚР-дың`),
 * which the lexer reads as three tokens: the data writes `кср-ның`, the matcher gets
 * `кср`, `-`, `ның`.
 */
export function tokenSequences(sequences: readonly (readonly string[])[]): string[][] {
  return sequences
    .map((sequence) => sequence.flatMap((word) => word.split(/(-)/).filter(Boolean)))
    .sort((a, b) => b.length - a.length);
}
