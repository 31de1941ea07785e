/**
 * TBX writer and reader shared by v3 (ISO 30042:2019, TBX-Basic DCA) and v2
 * (martif). The two differ only in element names and the header:
 * tbx/conceptEntry/langSec/termSec versus martif/termEntry/langSet/tig.
 */
import { ErrorCode, KazlexError } from '../../errors.js';
import { toKazakhLatin } from '../latin/index.js';
import {
  ADMINISTRATIVE_STATUSES,
  type AdministrativeStatus,
  type Concept,
  LANGUAGES,
  type Language,
  PARTS_OF_SPEECH,
  type PartOfSpeech,
  type Stamp,
  type Term,
  type TermSource,
  WorkflowStatus,
} from '../termbase/types.js';
import {
  decodeSourceRef,
  defaultStamp,
  encodeSourceRef,
  type ImportDefaults,
  type ImportResult,
  parseWorkflowNote,
  sortConcepts,
  workflowNote,
} from './conventions.js';
import { readStamp, stampToTransacGrps } from './transactions.js';
import { childElements, el, readXml, textOf, type XmlElement } from './xml.js';

export interface TbxDialect {
  root: string;
  header: string;
  entry: string;
  langSection: string;
  termSection: string;
  /** Administrative status as written (v2 may use Weblate's words). */
  writeStatus: (status: AdministrativeStatus) => string;
}

export interface TbxExportOptions {
  /** `xml:lang` of the file (default "kk"). */
  lang?: string | undefined;
  /** Text of `sourceDesc/p`. */
  description?: string | undefined;
  /**
   * Add a `langSec xml:lang="kk-Latn"` with the derived 2021 Latin form of each
   * kk term (marked by a note). Readers skip it, so round trips are unchanged.
   */
  kazakhLatin?: boolean | undefined;
}

/** Extra status words readers accept (Weblate writes forbidden/obsolete). */
const STATUS_ALIASES: Record<string, AdministrativeStatus> = {
  forbidden: 'deprecatedTerm-admn-sts',
  obsolete: 'supersededTerm-admn-sts',
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
};

/** The body; TBX needs at least one entry, and every entry at least one term. */
export function buildTbxBody(
  concepts: readonly Concept[],
  dialect: TbxDialect,
  options: TbxExportOptions = {},
): XmlElement {
  if (concepts.length === 0) {
    throw new KazlexError(ErrorCode.VALIDATION, 'TBX needs at least one concept');
  }
  const empty = concepts.find((c) => c.terms.length === 0);
  if (empty !== undefined) {
    throw new KazlexError(ErrorCode.VALIDATION, `concept ${empty.id} has no terms to export`);
  }
  return el(
    'body',
    {},
    sortConcepts(concepts).map((concept) => conceptToEntry(concept, dialect, options)),
  );
}

export function headerChildren(options: TbxExportOptions): XmlElement {
  return el('fileDesc', {}, [
    el('sourceDesc', {}, [
      el('p', {}, [options.description ?? 'kazlex Kazakh–Russian legal glossary']),
    ]),
  ]);
}

function conceptToEntry(
  concept: Concept,
  dialect: TbxDialect,
  options: TbxExportOptions,
): XmlElement {
  const kk = concept.terms.filter((t) => t.lang === 'kk');
  const langs = LANGUAGES.filter((lang) => concept.terms.some((t) => t.lang === lang));
  return el(dialect.entry, { id: concept.id }, [
    concept.subjectField !== null &&
      el('descrip', { type: 'subjectField' }, [concept.subjectField]),
    concept.note !== null && el('note', {}, [concept.note]),
    ...stampToTransacGrps(concept),
    ...langs.map((lang) =>
      el(dialect.langSection, { 'xml:lang': lang }, [
        concept.definitions[lang] !== undefined &&
          el('descrip', { type: 'definition' }, [concept.definitions[lang]!]),
        ...concept.terms.filter((t) => t.lang === lang).map((t) => termToSection(t, dialect)),
      ]),
    ),
    options.kazakhLatin === true &&
      kk.length > 0 &&
      el(dialect.langSection, { 'xml:lang': KAZAKH_LATIN }, [
        el('note', {}, [LATIN_NOTE]),
        ...kk.map((t) =>
          el(dialect.termSection, {}, [
            el('term', {}, [toKazakhLatin(t.text).text]),
            el('termNote', { type: 'administrativeStatus' }, [
              dialect.writeStatus(t.administrativeStatus),
            ]),
          ]),
        ),
      ]),
  ]);
}

/** BCP 47 tag of the derived Latin sections. */
const KAZAKH_LATIN = 'kk-Latn';
const LATIN_NOTE =
  'Derived from the kk terms by the 2021 Kazakh Latin alphabet (draft decree table); not reviewed.';

function termToSection(term: Term, dialect: TbxDialect): XmlElement {
  return el(dialect.termSection, { id: term.id }, [
    el('term', {}, [term.text]),
    term.partOfSpeech !== null && el('termNote', { type: 'partOfSpeech' }, [term.partOfSpeech]),
    el('termNote', { type: 'administrativeStatus' }, [
      dialect.writeStatus(term.administrativeStatus),
    ]),
    ...term.sources.map(sourceToElement),
    el('note', {}, [workflowNote(term.workflowStatus)]),
    term.note !== null && el('note', {}, [term.note]),
    ...stampToTransacGrps(term),
  ]);
}

/** A source with a sentence is a context with its source; without, a bare source. */
function sourceToElement(source: TermSource): XmlElement {
  const admin = el('admin', { type: 'source' }, [encodeSourceRef(source)]);
  if (source.sentence === undefined) return admin;
  return el('descripGrp', {}, [el('descrip', { type: 'context' }, [source.sentence]), admin]);
}

// ---------------------------------------------------------------- reading

export function readTbx(
  xml: string,
  dialect: Pick<TbxDialect, 'root' | 'entry' | 'langSection' | 'termSection'>,
  defaults: ImportDefaults,
): ImportResult {
  const root = readXml(xml);
  const warnings: string[] = [];
  if (root.name !== dialect.root) {
    throw new KazlexError(ErrorCode.FORMAT, `expected <${dialect.root}>, found <${root.name}>`);
  }
  const body = childElements(root, 'text').flatMap((t) => childElements(t, 'body'))[0];
  const entries = body === undefined ? [] : childElements(body, dialect.entry);
  const fallback = defaultStamp(defaults);
  const usedIds = new Set<string>();
  const concepts = entries.map((entry, index) => {
    let id = entry.attributes['id'] ?? `c-${index + 1}`;
    if (usedIds.has(id)) {
      warnings.push(`duplicate entry id ${id}; renamed`);
      id = `${id}-${index + 1}`;
    }
    usedIds.add(id);
    return readEntry(entry, id, dialect, fallback, warnings);
  });
  const withTerms = concepts.filter((concept) => {
    if (concept.terms.length > 0) return true;
    warnings.push(`${concept.id}: skipped an entry without kk, ru or en terms`);
    return false;
  });
  return { concepts: withTerms, warnings };
}

function readEntry(
  entry: XmlElement,
  id: string,
  dialect: Pick<TbxDialect, 'langSection' | 'termSection'>,
  fallback: Stamp,
  warnings: string[],
): Concept {
  const subject = descrips(entry, 'subjectField')[0];
  const notes = childElements(entry, 'note').map(textOf);
  const concept: Concept = {
    id,
    subjectField: subject ?? null,
    definitions: {},
    note: notes.length > 0 ? notes.join('\n') : null,
    terms: [],
    ...readStamp(entry, fallback),
  };
  for (const section of childElements(entry, dialect.langSection)) {
    const lang = (section.attributes['xml:lang'] ?? '').toLowerCase();
    if (lang === KAZAKH_LATIN.toLowerCase()) continue; // derived on export, never read back
    if (!(LANGUAGES as readonly string[]).includes(lang)) {
      warnings.push(`${id}: skipped language "${lang}"`);
      continue;
    }
    const definition = descrips(section, 'definition')[0];
    if (definition !== undefined) concept.definitions[lang as Language] = definition;
    for (const termSection of childElements(section, dialect.termSection)) {
      const termId = termSection.attributes['id'] ?? `${id}-t${concept.terms.length + 1}`;
      const term = readTerm(termSection, termId, id, lang as Language, fallback, warnings);
      if (term !== undefined) concept.terms.push(term);
    }
  }
  return concept;
}

function readTerm(
  section: XmlElement,
  id: string,
  conceptId: string,
  lang: Language,
  fallback: Stamp,
  warnings: string[],
): Term | undefined {
  const text = childElements(section, 'term').map(textOf)[0];
  if (text === undefined || text.trim() === '') {
    warnings.push(`${conceptId}: skipped a term section without a term`);
    return undefined;
  }
  const termNotes = (type: string) =>
    childElements(section, 'termNote')
      .filter((n) => n.attributes['type'] === type)
      .map((n) => textOf(n).trim());
  const status = readStatus(termNotes('administrativeStatus')[0], `${conceptId}/${id}`, warnings);
  const pos = termNotes('partOfSpeech')[0];
  let partOfSpeech: PartOfSpeech | null = null;
  if (pos !== undefined) {
    if ((PARTS_OF_SPEECH as readonly string[]).includes(pos)) partOfSpeech = pos as PartOfSpeech;
    else if (pos === 'properNoun') partOfSpeech = 'noun';
    else warnings.push(`${conceptId}/${id}: unknown partOfSpeech "${pos}" dropped`);
  }
  let workflowStatus: WorkflowStatus = WorkflowStatus.CANDIDATE;
  const notes: string[] = [];
  for (const note of childElements(section, 'note').map(textOf)) {
    const workflow = parseWorkflowNote(note);
    if (workflow !== undefined) workflowStatus = workflow;
    else notes.push(note);
  }
  const sources: TermSource[] = [];
  for (const child of section.children) {
    if (typeof child === 'string') continue;
    if (child.name === 'admin' && child.attributes['type'] === 'source') {
      sources.push(decodeSourceRef(textOf(child)));
    } else if (child.name === 'descripGrp') {
      const context = descrips(child, 'context')[0];
      const ref = childElements(child, 'admin')
        .filter((a) => a.attributes['type'] === 'source')
        .map(textOf)[0];
      if (context === undefined && ref === undefined) continue;
      const source = decodeSourceRef(ref ?? '');
      if (context !== undefined) source.sentence = context;
      sources.push(source);
    } else if (child.name === 'descrip' && child.attributes['type'] === 'context') {
      sources.push({ document: '', sentence: textOf(child) });
    }
  }
  return {
    id,
    conceptId,
    lang,
    text,
    administrativeStatus: status,
    partOfSpeech,
    sources,
    workflowStatus,
    note: notes.length > 0 ? notes.join('\n') : null,
    ...readStamp(section, fallback),
  };
}

function readStatus(
  value: string | undefined,
  where: string,
  warnings: string[],
): AdministrativeStatus {
  if (value === undefined) return 'admittedTerm-admn-sts';
  if ((ADMINISTRATIVE_STATUSES as readonly string[]).includes(value)) {
    return value as AdministrativeStatus;
  }
  const alias = STATUS_ALIASES[value];
  if (alias !== undefined) return alias;
  warnings.push(`${where}: unknown administrativeStatus "${value}", read as admitted`);
  return 'admittedTerm-admn-sts';
}

/** Texts of `descrip[@type]` directly under `parent` or inside its `descripGrp`s. */
function descrips(parent: XmlElement, type: string): string[] {
  const direct = childElements(parent, 'descrip');
  const grouped = childElements(parent, 'descripGrp').flatMap((g) => childElements(g, 'descrip'));
  return [...direct, ...grouped].filter((d) => d.attributes['type'] === type).map(textOf);
}
