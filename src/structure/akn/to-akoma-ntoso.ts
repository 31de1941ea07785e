/**
 * toAkomaNtoso: structure tree + text → an Akoma Ntoso 3.0 `<act>` document.
 * Sections, chapters, articles, points and sub-points become hierarchy
 * elements with `<num>`, `<heading>` and `<content><p>`; editorial notes become
 * `<authorialNote>`s, kept apart from the norm text. Building the string is
 * separate from writing it: the caller writes the file.
 *
 * @see http://docs.oasis-open.org/legaldocml/akn-core/v1.0/akn-core-v1.0-part1-vocabulary.html
 */
import type { StructureUnit, UnitType } from '../units/types.js';
import { element, escapeText } from './xml.js';

export interface AknMeta {
  /** The act's title, written into the preface and FRBRname. */
  title: string;
  lang: 'kk' | 'ru';
  /** Work IRI such as `/akn/kz/act/2001-01-23/148-II`; derived from date and title when absent. */
  workIri?: string | undefined;
  /** ISO date of the act (YYYY-MM-DD). */
  date?: string | undefined;
}

const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const UNKNOWN_DATE = '1970-01-01';
const NOTE_TYPES: ReadonlySet<UnitType> = new Set(['note', 'footnote']);

const elementName: Record<UnitType, string> = {
  section: 'section',
  chapter: 'chapter',
  article: 'article',
  paragraph: 'paragraph',
  subparagraph: 'subparagraph',
  indent: 'indent',
  note: 'authorialNote',
  footnote: 'authorialNote',
  preamble: 'preamble',
};

export function toAkomaNtoso(units: readonly StructureUnit[], text: string, meta: AknMeta): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meta.date ?? '') ? meta.date! : UNKNOWN_DATE;
  const workIri = meta.workIri ?? `/akn/kz/act/${date}/${slug(meta.title)}`;
  const writer = new AknWriter(text, meta.lang);
  const rootNotes = units.filter((unit) => NOTE_TYPES.has(unit.type));
  const preamble = units.find((unit) => unit.type === 'preamble');
  const bodyUnits = units.filter((unit) => !NOTE_TYPES.has(unit.type) && unit.type !== 'preamble');

  const preface = element('preface', {}, [
    element('p', { class: 'title' }, [element('docTitle', {}, [escapeText(meta.title)])]),
    ...rootNotes.map((note) => element('p', {}, [writer.note(note)])),
  ]);
  const parts = [identification(workIri, date, meta), preface];
  if (preamble) parts.push(writer.preamble(preamble));
  const body =
    bodyUnits.length > 0
      ? bodyUnits.map((unit) => writer.unit(unit))
      : [
          element('hcontainer', { eId: 'hcontainer_1', name: 'text' }, [
            element('content', {}, [element('p', {})]),
          ]),
        ];
  parts.push(element('body', {}, body));
  const act = element('act', { name: 'act' }, parts);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('akomaNtoso', { xmlns: AKN_NAMESPACE }, [act])}\n`;
}

function identification(workIri: string, date: string, meta: AknMeta): string {
  const language = meta.lang === 'kk' ? 'kaz' : 'rus';
  const expressionIri = `${workIri}/${language}@${date}`;
  const frbr = (tag: string, iri: string, thisIri: string, extra: string[]) =>
    element(tag, {}, [
      element('FRBRthis', { value: thisIri }),
      element('FRBRuri', { value: iri }),
      element('FRBRdate', { date, name: 'Generation' }),
      element('FRBRauthor', { href: '#kazlex' }),
      ...extra,
    ]);
  return element('meta', {}, [
    element('identification', { source: '#kazlex' }, [
      frbr('FRBRWork', workIri, `${workIri}/!main`, [
        element('FRBRcountry', { value: 'kz' }),
        element('FRBRname', { value: meta.title }),
      ]),
      frbr('FRBRExpression', expressionIri, `${expressionIri}/!main`, [
        element('FRBRlanguage', { language }),
      ]),
      frbr('FRBRManifestation', `${expressionIri}.akn`, `${expressionIri}/!main.xml`, []),
    ]),
    element('references', { source: '#kazlex' }, [
      element('TLCOrganization', {
        eId: 'kazlex',
        href: '/ontology/organization/kazlex',
        showAs: 'kazlex',
      }),
    ]),
  ]);
}

class AknWriter {
  constructor(
    private readonly text: string,
    private readonly lang: 'kk' | 'ru',
  ) {}

  preamble(unit: StructureUnit): string {
    const notes = unit.children.filter((child) => NOTE_TYPES.has(child.type));
    return element('preamble', {}, [
      ...this.paragraphs(this.ownText(unit, false)),
      ...notes.map((note) => element('p', {}, [this.note(note)])),
    ]);
  }

  unit(unit: StructureUnit): string {
    const name = elementName[unit.type];
    const head: string[] = [];
    const num = this.numLabel(unit);
    if (num !== null) head.push(element('num', {}, [escapeText(num)]));
    if (unit.heading) head.push(element('heading', {}, [escapeText(unit.heading)]));
    const structural = unit.children.filter((child) => !NOTE_TYPES.has(child.type));
    const notes = unit.children
      .filter((child) => NOTE_TYPES.has(child.type))
      .map((note) => element('p', {}, [this.note(note)]));
    if (structural.length === 0) {
      const blocks = [...this.paragraphs(this.ownText(unit, true)), ...notes];
      return element(name, { eId: unit.eId }, [
        ...head,
        element('content', {}, blocks.length > 0 ? blocks : [element('p', {})]),
      ]);
    }
    const first = structural[0]!;
    const intro = this.paragraphs(this.ownText(unit, true, first.start));
    const wrap = [...this.paragraphs(this.ownText(unit, true, unit.end, first.start)), ...notes];
    return element(name, { eId: unit.eId }, [
      ...head,
      ...(intro.length > 0 ? [element('intro', {}, intro)] : []),
      ...structural.map((child) => this.unit(child)),
      ...(wrap.length > 0 ? [element('wrapUp', {}, wrap)] : []),
    ]);
  }

  note(unit: StructureUnit): string {
    const body = this.paragraphs(this.text.slice(unit.start, unit.end));
    return element('authorialNote', { eId: unit.eId, marker: '*', placement: 'bottom' }, [
      ...(body.length > 0 ? body : [element('p', {})]),
    ]);
  }

  /** The unit's own text between `from` and `to`, without children and without its head line. */
  private ownText(
    unit: StructureUnit,
    skipHead: boolean,
    to = unit.end,
    from = unit.start,
  ): string {
    let start = Math.max(from, unit.start);
    if (skipHead && from <= unit.start) start = this.afterHead(unit);
    const pieces: string[] = [];
    for (const child of unit.children) {
      if (child.end <= start) continue;
      if (child.start >= to) break;
      if (child.start > start) pieces.push(this.text.slice(start, child.start));
      start = Math.max(start, child.end);
    }
    if (start < to) pieces.push(this.text.slice(start, to));
    return pieces.join('\n');
  }

  private afterHead(unit: StructureUnit): number {
    if (unit.type === 'section' || unit.type === 'chapter' || unit.type === 'article') {
      const headEnd = unit.headingRange?.end ?? unit.start;
      const lineEnd = this.text.indexOf('\n', headEnd);
      return lineEnd === -1 || lineEnd > unit.end ? unit.end : lineEnd + 1;
    }
    if (unit.type === 'paragraph' || unit.type === 'subparagraph') {
      const marker = /^[\s>*_#]*[\p{L}\d]+(?:[-‐‑–]\d+)*\\?[.)]\s*/u.exec(
        this.text.slice(unit.start, Math.min(unit.end, unit.start + 40)),
      );
      return unit.start + (marker?.[0].length ?? 0);
    }
    return unit.start;
  }

  private numLabel(unit: StructureUnit): string | null {
    const num = unit.num;
    if (num === null || unit.type === 'indent') return null;
    const kk = this.lang === 'kk';
    switch (unit.type) {
      case 'section':
        return kk ? `${num}-бөлім` : `Раздел ${num}`;
      case 'chapter':
        return kk ? `${num}-тарау` : `Глава ${num}`;
      case 'article':
        return kk ? `${num}-бап` : `Статья ${num}`;
      case 'paragraph':
        return `${num}.`;
      case 'subparagraph':
        return `${num})`;
      default:
        return num;
    }
  }

  /** One `<p>` per non-empty line, with the Markdown markup removed. */
  private paragraphs(raw: string): string[] {
    const out: string[] = [];
    for (const line of raw.split('\n')) {
      const clean = stripMarkup(line);
      if (clean !== '') out.push(element('p', {}, [escapeText(clean)]));
    }
    return out;
  }
}

function stripMarkup(line: string): string {
  let clean = line.trim();
  if (/^<a\s[^>]*>\s*<\/a>$/u.test(clean) || /^-{3,}$/u.test(clean)) return '';
  clean = clean
    .replace(/^(?:>\s*)+/u, '')
    .replace(/^#{1,6}\s+/u, '')
    .replace(/^[*_]+|[*_]+$/gu, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/gu, '$1');
  return clean.trim();
}

/** A stable ASCII name for the work IRI when none is given. */
function slug(title: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < title.length; i++) {
    hash ^= title.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `act-${hash.toString(16).padStart(8, '0')}`;
}
