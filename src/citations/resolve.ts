import type { Chain } from './chains.js';
import {
  CONSTITUTION_1995,
  CONSTITUTION_2026,
  CONSTITUTION_2026_IN_FORCE,
  provisionIri,
} from './iri.js';
import type { UnitLevel } from './lexicon.js';
import type { ActMention } from './mentions.js';
import type { RawCitation } from './parse-block.js';
import type {
  Citation,
  CitationContext,
  CitationKind,
  CitationLang,
  CitationPin,
  CitationRegistry,
  CitedAct,
  RegistryAct,
} from './types.js';

const MAX_PINS = 500;

/** A raw citation with where it was found, for the document-order resolver. */
export interface LocatedRaw extends RawCitation {
  block: number;
  text: string;
}

interface Antecedent {
  block: number;
  type: string;
  key: string;
  act: RegistryAct | null;
  iri: string | null;
}

interface ActChoice {
  /** The act as a declaring citation wrote it, carried to later alias uses. */
  cited?: CitedAct | null;
  act: RegistryAct | null;
  iri: string | null;
  reason: string;
  confidence: number;
}

/** Resolution state carried through one document: aliases and possible antecedents. */
class DocumentState {
  readonly aliases = new Map<string, ActChoice>();
  readonly antecedents: Antecedent[] = [];
  /** Distinct antecedents per act type over the whole document (for a bare `Закона`). */
  readonly byType = new Map<string, Map<string, Antecedent>>();

  add(a: Antecedent): void {
    this.antecedents.push(a);
    let keys = this.byType.get(a.type);
    if (!keys) {
      keys = new Map();
      this.byType.set(a.type, keys);
    }
    keys.set(a.key, a);
  }

  /** Antecedents (of `type`, when given) from block `fromBlock` on, scanning back from the latest. */
  recent(type: string | null, fromBlock: number): Antecedent[] {
    const out: Antecedent[] = [];
    for (let i = this.antecedents.length - 1; i >= 0; i--) {
      const a = this.antecedents[i]!;
      if (a.block < fromBlock) break;
      if (type === null || a.type === type) out.unshift(a);
    }
    return out;
  }
}

/**
 * Act types whose bare singular (`Закона`, `Кодекса`, `Заңның`) refers back to the one act of
 * that type the document cited. A bare `Постановления` or `Указа` is more often a kind of act
 * (`Постановления Курултая`) than a reference back.
 */
const BARE_REFERS_BACK = new Set(['law', 'constitutional-law', 'code']);

/** Resolves raw citations in document order (aliases and anaphora depend on what came before). */
export function resolveAll(
  raws: readonly LocatedRaw[],
  lang: CitationLang,
  context: CitationContext,
  aliasTypeOf: (word: string) => string | undefined,
): Citation[] {
  const state = new DocumentState();
  return raws.map((raw) => resolveOne(raw, lang, context, state, aliasTypeOf));
}

function resolveOne(
  raw: LocatedRaw,
  lang: CitationLang,
  context: CitationContext,
  state: DocumentState,
  aliasTypeOf: (word: string) => string | undefined,
): Citation {
  const m = raw.mention;
  let kind = kindOf(raw);
  let choice: ActChoice = { act: null, iri: null, reason: '', confidence: 0 };
  let cited: CitedAct | null = m && m.type !== null ? citedFrom(m) : null;

  if (kind === 'generic') choice.reason = 'mention of legislation in general; not an act';
  else if (kind === 'foreign')
    choice.reason = `${m?.note ?? 'foreign act'}; not resolved to Kazakhstan's acts`;
  else if (kind === 'draft') choice.reason = 'draft law; not resolved';
  else if (kind === 'self') choice = selfAct(context);
  else if (!m && !context.selfActId) {
    // a bare chain in a document we cannot identify: read it against the act just cited, if only one
    choice = nearbyAct(
      null,
      raw.block,
      state,
      2,
      'bare chain read against the only act cited just before',
    );
    if (choice.iri) cited = null;
  } else if (!m || m.mode === 'self') choice = selfAct(context);
  else if (m.mode === 'anaphoric') choice = anaphoricAct(m, raw.block, state);
  else if (m.mode === 'bare') {
    const alias = state.aliases.get(m.type ?? '');
    if (alias?.cited) cited = { ...alias.cited };
    if (alias) choice = alias;
    else if (!BARE_REFERS_BACK.has(m.type ?? '')) {
      // `Постановления Курултая`, `указы Президента`: a bare resolution or decree is a kind of act
      kind = 'short';
      choice.reason = `bare "${raw.text.slice(0, 40)}" with no declared alias`;
    } else {
      // `Закона` with no alias declared: the only act of that type the document cited so far
      choice = nearbyAct(
        m.type,
        raw.block,
        state,
        Number.POSITIVE_INFINITY,
        `bare "${m.type}": the only one cited earlier in the document`,
      );
      kind = choice.iri ? 'anaphoric' : 'short';
      if (!choice.iri) choice.reason = `bare "${raw.text.slice(0, 40)}" with no declared alias`;
    }
  } else choice = explicitAct(m, lang, context);

  if (
    m &&
    (m.mode === 'explicit' || m.mode === 'anaphoric') &&
    m.type !== null &&
    !raw.parenthetical
  ) {
    state.add({
      block: raw.block,
      type: m.type,
      key: choice.iri ?? `?${m.number ?? ''}|${m.date ?? ''}|${m.title ?? ''}`,
      act: choice.act,
      iri: choice.iri,
    });
  }
  if (m?.aliasWord) {
    const type = aliasTypeOf(m.aliasWord) ?? m.type ?? '';
    const declared = choice.iri ?? cited?.number ?? cited?.title ?? 'an unidentified act';
    state.aliases.set(type, {
      ...choice,
      cited,
      reason: choice.iri
        ? `alias "${m.aliasWord}" declared for ${declared}`
        : `alias "${m.aliasWord}" of ${declared}, not in the registry`,
    });
  }

  const pins = raw.chain ? pinsOf(raw.chain, raw, m, context) : { pins: [], missing: '' };
  if (cited && choice.act) {
    // the registry knows the type better than the loose keyword lists of the notes
    cited = {
      ...cited,
      type: choice.act.type,
      id: choice.act.id,
      title: cited.title ?? firstTitle(choice.act, lang),
    };
  } else if (cited && choice.iri) cited = { ...cited, id: choice.iri };
  else if (!cited && choice.iri) {
    cited = {
      type: choice.act?.type ?? (choice.iri.includes('constitution') ? 'constitution' : 'law'),
      number: choice.act?.number ?? null,
      date: null,
      title: choice.act ? firstTitle(choice.act, lang) : null,
      id: choice.act?.id ?? choice.iri,
    };
  }

  let resolved = choice.iri !== null && pins.missing === '';
  let reason = pins.missing || choice.reason;
  let confidence = resolved ? choice.confidence : 0;
  if (resolved && choice.act && pins.pins.length > 0 && context.registry) {
    const check = checkArticles(choice.act, pins.pins, context, lang);
    if (check) {
      resolved = false;
      reason = check;
      confidence = 0;
    }
  }
  const target = choice.iri ? provisionIri(choice.iri, pins.pins[0]) : null;
  return {
    start: raw.start,
    end: raw.end,
    text: raw.text,
    lang,
    kind,
    act: cited,
    pins: pins.pins,
    target: resolved ? target : null,
    resolved,
    reason: resolved ? reason : reason || 'not resolved',
    confidence,
  };
}

function kindOf(raw: RawCitation): CitationKind {
  const m = raw.mention;
  if (!m) return raw.chain?.elements.some((e) => e.self) ? 'self' : 'short';
  // the act is written elsewhere: in the parenthesis's owner, or after the last coordinated chain
  if (raw.parenthetical || raw.sharedAct) return 'short';
  switch (m.mode) {
    case 'explicit':
      return 'full';
    case 'self':
      return 'self';
    case 'anaphoric':
      return 'anaphoric';
    case 'bare':
      return 'alias';
    case 'foreign':
      return 'foreign';
    case 'draft':
      return 'draft';
    default:
      return 'generic';
  }
}

function citedFrom(m: ActMention): CitedAct {
  return { type: m.type ?? 'law', number: m.number, date: m.date, title: m.title, id: null };
}

function firstTitle(act: RegistryAct, lang: CitationLang): string | null {
  const titles = act.titles as Record<string, unknown> | undefined;
  const value = titles?.[lang];
  if (typeof value === 'string') return value;
  const first: unknown = Array.isArray(value) ? value[value.length - 1] : undefined;
  if (typeof first === 'string') return first;
  if (
    first &&
    typeof first === 'object' &&
    typeof (first as { text?: unknown }).text === 'string'
  ) {
    return (first as { text: string }).text;
  }
  return null;
}

function selfAct(context: CitationContext): ActChoice {
  const id = context.selfActId;
  if (!id)
    return {
      act: null,
      iri: null,
      reason: 'reference to the current document, which is not identified',
      confidence: 0,
    };
  const act =
    context.registry?.byId(id) ?? context.registry?.acts.find((a) => a.iri === id) ?? null;
  return { act, iri: act?.iri ?? id, reason: 'reference to the current document', confidence: 0.9 };
}

function anaphoricAct(m: ActMention, block: number, state: DocumentState): ActChoice {
  const near = state.recent(m.type, block - 1);
  // Nothing of that type just before: `указанного Закона` may point further back,
  // which is safe only when the whole document so far cited one such act.
  const window =
    near.length > 0 || m.type === null ? near : [...(state.byType.get(m.type)?.values() ?? [])];
  const keys = new Set(window.map((a) => a.key));
  if (keys.size === 1) {
    const a = window[window.length - 1]!;
    if (a.iri)
      return {
        act: a.act,
        iri: a.iri,
        reason: `anaphora: the only ${m.type} cited just before`,
        confidence: 0.8,
      };
    return {
      act: null,
      iri: null,
      reason: 'anaphora: the antecedent act is not identified',
      confidence: 0,
    };
  }
  const reason =
    keys.size === 0
      ? `anaphora: no ${m.type} cited just before`
      : `anaphora: ${keys.size} candidate acts (${[...keys].slice(0, 4).join(', ')})`;
  return { act: null, iri: null, reason, confidence: 0 };
}

/** The one distinct act cited in the last `blocks` blocks (of `type`, when given), else an abstention. */
function nearbyAct(
  type: string | null,
  block: number,
  state: DocumentState,
  blocks: number,
  reason: string,
): ActChoice {
  const window =
    blocks === Number.POSITIVE_INFINITY && type !== null
      ? [...(state.byType.get(type)?.values() ?? [])]
      : state.recent(type, block - blocks);
  const keys = new Set(window.map((a) => a.key));
  const last = window[window.length - 1];
  if (keys.size === 1 && last?.iri)
    return { act: last.act, iri: last.iri, reason, confidence: 0.6 };
  return {
    act: null,
    iri: null,
    reason:
      keys.size > 1
        ? `${keys.size} candidate acts cited before; not guessed`
        : 'reference to the current document, which is not identified',
    confidence: 0,
  };
}

function pickOne(
  found: RegistryAct | RegistryAct[] | null | undefined,
  date: string | null,
): RegistryAct | null {
  if (!found) return null;
  if (!Array.isArray(found)) return found;
  const dated = date ? found.filter((a) => a.date === date) : found;
  return dated.length === 1 ? dated[0]! : null;
}

function explicitAct(m: ActMention, lang: CitationLang, context: CitationContext): ActChoice {
  const registry = context.registry;
  if (m.type === 'constitution') return constitutionAt(context, m.date);
  let act: RegistryAct | null = null;
  if (registry && m.number) act = pickOne(registry.byNumber(m.number, m.date ?? undefined), m.date);
  if (registry && !act && m.title)
    act = pickOne(registry.byTitle(cleanTitle(m.title), lang), m.date);
  if (registry && !act && !m.number && m.date) {
    // `Закона «О мест-\nном …» от 23 января 2001 года`: a damaged title, but one law of that date
    const sameDay = registry.acts.filter((a) => a.date === m.date && a.type === m.type);
    if (sameDay.length === 1) act = sameDay[0]!;
  }
  if (act) {
    if (m.date && act.date && act.date !== m.date) {
      return {
        act: null,
        iri: null,
        reason: `number ${m.number} matches ${act.iri} but the date ${m.date} does not`,
        confidence: 0,
      };
    }
    return {
      act,
      iri: act.iri,
      reason: 'explicit act found in the registry',
      confidence: m.number && m.date ? 0.97 : 0.9,
    };
  }
  if (!registry) return { act: null, iri: null, reason: 'no registry given', confidence: 0 };
  const what = [m.type, m.number && `№ ${m.number}`, m.date, m.title && `«${m.title}»`]
    .filter(Boolean)
    .join(' ');
  return { act: null, iri: null, reason: `act not in the registry: ${what}`, confidence: 0 };
}

/** Undo line-break hyphenation and spacing inside a quoted title. */
function cleanTitle(title: string): string {
  return title
    .replace(/-\s*\n\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Which Constitution a citation means. A date or year written with it names the edition
 * (`1995 жылғы Конституция`, `Конституции РК от 15 марта 2026 года`): a text of 2027
 * that discusses the 1995 Constitution cites the 1995 one. Without one, the document's
 * date decides.
 */
function constitutionAt(context: CitationContext, adopted: string | null = null): ActChoice {
  const named = adopted === null ? null : namedConstitution(adopted);
  if (named && !named.iri) return { act: null, iri: null, reason: named.reason, confidence: 0 };
  const registry = context.registry;
  if (!named) {
    // Inside the text of a Constitution, `Конституции` is that Constitution.
    const self = selfAct(context);
    if (self.act?.type === 'constitution')
      return { ...self, reason: 'the Constitution this document is', confidence: 0.95 };
  }
  const date = context.documentDate ?? null;
  const newer = date !== null && date >= CONSTITUTION_2026_IN_FORCE;
  const iri = named?.iri ?? (newer ? CONSTITUTION_2026 : CONSTITUTION_1995);
  const act = registry?.acts.find((a) => a.iri === iri) ?? null;
  if (named) return { act, iri, reason: named.reason, confidence: 0.97 };
  if (date === null) {
    return {
      act,
      iri,
      reason:
        'document date unknown: assumed the 1995 Constitution (the 2026 one is in force from 2026-07-01)',
      confidence: 0.6,
    };
  }
  return { act, iri, reason: `Constitution in force on ${date}`, confidence: 0.95 };
}

const CONSTITUTION_ADOPTED: Record<string, string> = {
  [CONSTITUTION_1995]: '1995-08-30',
  [CONSTITUTION_2026]: '2026-03-15',
};

/** The Constitution a written date (`YYYY-MM-DD`) or year (`YYYY`) names, or why none. */
function namedConstitution(adopted: string): { iri: string | null; reason: string } {
  const editions = Object.entries(CONSTITUTION_ADOPTED);
  if (adopted.length > 4) {
    const exact = editions.find(([, day]) => day === adopted);
    return exact
      ? { iri: exact[0], reason: `the Constitution adopted on ${adopted}, named in the citation` }
      : { iri: null, reason: `the Constitution adopted on ${adopted} is not in the registry` };
  }
  const ofYear = editions.find(([, day]) => day.startsWith(adopted));
  if (ofYear)
    return { iri: ofYear[0], reason: `the Constitution of ${adopted}, named in the citation` };
  // `Конституции 2022 года`: the year of an amendment, so the Constitution in force then
  if (adopted > '1995' && adopted < '2026')
    return { iri: CONSTITUTION_1995, reason: `the Constitution as in force in ${adopted}` };
  if (adopted > '2026')
    return { iri: CONSTITUTION_2026, reason: `the Constitution as in force in ${adopted}` };
  return {
    iri: null,
    reason: `the Constitution of ${adopted} (before 1995) is not in the registry`,
  };
}

const FIELD: Partial<Record<UnitLevel, keyof CitationPin>> = {
  section: 'section',
  chapter: 'chapter',
  article: 'article',
  part: 'paragraph',
  paragraph: 'paragraph',
  subparagraph: 'subparagraph',
};

/** Expands a chain into pins; self units and missing upper levels come from `unitAt`. */
function pinsOf(
  chain: Chain,
  raw: RawCitation,
  m: ActMention | null,
  context: CitationContext,
): { pins: CitationPin[]; missing: string } {
  let pins: CitationPin[] = [{}];
  const unit = context.unitAt?.(raw.start);
  let missing = '';
  const hasParagraph = chain.elements.some((e) => e.level === 'paragraph');
  for (const element of chain.elements) {
    let field = FIELD[element.level];
    if (element.level === 'part' && hasParagraph) field = undefined;
    if (!field) continue;
    let values = element.values;
    if (element.self) {
      const value =
        field === 'article' ? unit?.article : field === 'paragraph' ? unit?.paragraph : undefined;
      if (field === 'paragraph' && unit?.article)
        pins = pins.map((p) => ({ article: unit.article, ...p }));
      if (!value) {
        missing = `the current ${element.level} is unknown`;
        continue;
      }
      values = [value];
    }
    const next: CitationPin[] = [];
    for (const pin of pins)
      for (const v of values) if (next.length < MAX_PINS) next.push({ ...pin, [field]: v });
    pins = next;
  }
  const selfDocument = !m || m.mode === 'self';
  if (
    selfDocument &&
    !raw.parenthetical &&
    pins.some((p) => p.article === undefined && (p.paragraph || p.subparagraph))
  ) {
    if (unit?.article)
      pins = pins.map((p) => (p.article === undefined ? { article: unit.article, ...p } : p));
    else missing ||= 'the current article is unknown';
  }
  return { pins: pins.filter((p) => Object.keys(p).length > 0), missing };
}

/** The cited articles must exist in the chosen expression; returns why not, or ''. */
function checkArticles(
  act: RegistryAct,
  pins: CitationPin[],
  context: CitationContext,
  lang: CitationLang,
): string {
  const registry = context.registry as CitationRegistry;
  const expr =
    registry.expressionAt(act, context.documentDate ?? null) ??
    act.expressions[act.expressions.length - 1];
  if (!expr || expr.articles.length === 0) return '';
  for (const pin of pins) {
    if (pin.article === undefined || registry.hasArticle(expr, pin.article)) continue;
    const candidates = registry.acts
      .filter(
        (a) =>
          a !== act &&
          a.type === act.type &&
          a.expressions.some((e) => registry.hasArticle(e, pin.article!)),
      )
      .map((a) => a.iri)
      .slice(0, 5);
    void lang;
    return `article ${pin.article} does not exist in ${act.iri} (expression from ${expr.validFrom})${
      candidates.length ? `; candidates: ${candidates.join(', ')}` : ''
    }`;
  }
  return '';
}
