/**
 * The spreadsheet layout shared by CSV and XLSX: one row per concept, columns
 * per language. Several terms of one language share a cell, separated by `|`
 * (memoQ's "split alternatives" character); `|` and `\` in a term are escaped
 * with `\`. The status, part-of-speech and workflow columns list one value
 * per term in the same order.
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
  type Term,
  WORKFLOW_STATUSES,
  type WorkflowStatus,
} from '../termbase/types.js';
import {
  defaultStamp,
  type ImportDefaults,
  type ImportResult,
  sortConcepts,
} from './conventions.js';

export interface TableExportOptions {
  /** Language column groups, in order (default: kk, ru, and en when any concept has it). */
  languages?: readonly Language[] | undefined;
  /** Add a derived `kk_latin` column (2021 Latin alphabet); import ignores it. */
  kazakhLatin?: boolean | undefined;
}

export interface TableImportOptions extends ImportDefaults {
  /** Names the format in errors ("CSV", "XLSX"). */
  format?: string | undefined;
}

const FIELDS = ['', '_status', '_pos', '_workflow', '_definition'] as const;
const SHORT_STATUS: Record<AdministrativeStatus, string> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'deprecated',
  'supersededTerm-admn-sts': 'superseded',
};

/** The header row, then one row per concept in Kazakh order. */
export function conceptsToRows(
  concepts: readonly Concept[],
  options: TableExportOptions = {},
): string[][] {
  const languages =
    options.languages ??
    LANGUAGES.filter(
      (l) =>
        l !== 'en' ||
        concepts.some(
          (c) => c.terms.some((t) => t.lang === 'en') || c.definitions.en !== undefined,
        ),
    );
  const header = [
    'id',
    'subject_field',
    'note',
    ...languages.flatMap((l) => FIELDS.map((f) => `${l}${f}`)),
    ...(options.kazakhLatin ? ['kk_latin'] : []),
  ];
  const rows = sortConcepts(concepts).map((concept) => [
    concept.id,
    concept.subjectField ?? '',
    concept.note ?? '',
    ...languages.flatMap((lang) => {
      const terms = concept.terms.filter((t) => t.lang === lang);
      return [
        terms.map((t) => escapeAlternative(t.text)).join('|'),
        terms.map((t) => SHORT_STATUS[t.administrativeStatus]).join('|'),
        terms.map((t) => t.partOfSpeech ?? '').join('|'),
        terms.map((t) => t.workflowStatus).join('|'),
        concept.definitions[lang] ?? '',
      ];
    }),
    ...(options.kazakhLatin
      ? [
          concept.terms
            .filter((t) => t.lang === 'kk')
            .map((t) => escapeAlternative(toKazakhLatin(t.text).text))
            .join('|'),
        ]
      : []),
  ]);
  return [header, ...rows];
}

/** Reads rows whose first row is the header; rows without any value are ignored. */
export function rowsToConcepts(
  rows: readonly (readonly string[])[],
  options: TableImportOptions = {},
): ImportResult {
  const [header, ...records] = rows;
  if (header === undefined || !header.includes('id')) {
    throw new KazlexError(
      ErrorCode.FORMAT,
      `${options.format ?? 'CSV'} glossary needs a header row with an "id" column`,
    );
  }
  const column = (name: string) => header.indexOf(name);
  const languages = LANGUAGES.filter((l) => column(l) >= 0);
  const warnings: string[] = [];
  const stamp = defaultStamp(options);
  const concepts = records
    .filter((record) => record.some((field) => field !== ''))
    .map((record, index) => {
      const cell = (name: string) => {
        const at = column(name);
        return at < 0 ? '' : (record[at] ?? '');
      };
      const id = cell('id') || `c-${index + 1}`;
      const concept: Concept = {
        id,
        subjectField: cell('subject_field') || null,
        definitions: {},
        note: cell('note') || null,
        terms: [],
        ...stamp,
      };
      for (const lang of languages) {
        const definition = cell(`${lang}_definition`);
        if (definition !== '') concept.definitions[lang] = definition;
        const texts = splitAlternatives(cell(lang));
        const statuses = cell(`${lang}_status`).split('|');
        const parts = cell(`${lang}_pos`).split('|');
        const workflows = cell(`${lang}_workflow`).split('|');
        texts.forEach((text, i) => {
          const where = `${id}/${lang}[${i}]`;
          const term: Term = {
            id: `${id}-${lang}-${i + 1}`,
            conceptId: id,
            lang,
            text,
            administrativeStatus: readStatus(statuses[i], where, warnings),
            partOfSpeech: readPartOfSpeech(parts[i], where, warnings),
            sources: [],
            workflowStatus: readWorkflow(workflows[i], where, warnings),
            note: null,
            ...stamp,
          };
          concept.terms.push(term);
        });
      }
      return concept;
    })
    .filter((concept) => {
      if (concept.terms.length > 0) return true;
      warnings.push(`${concept.id}: skipped a row without terms`);
      return false;
    });
  return { concepts, warnings };
}

function escapeAlternative(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|');
}

function splitAlternatives(cell: string): string[] {
  if (cell === '') return [];
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) {
      current += cell[++i];
    } else if (ch === '|') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function readStatus(
  value: string | undefined,
  where: string,
  warnings: string[],
): AdministrativeStatus {
  const v = (value ?? '').trim();
  if (v === '') return 'admittedTerm-admn-sts';
  if ((ADMINISTRATIVE_STATUSES as readonly string[]).includes(v)) return v as AdministrativeStatus;
  const full = `${v}Term-admn-sts`;
  if ((ADMINISTRATIVE_STATUSES as readonly string[]).includes(full))
    return full as AdministrativeStatus;
  warnings.push(`${where}: unknown status "${v}", read as admitted`);
  return 'admittedTerm-admn-sts';
}

function readPartOfSpeech(
  value: string | undefined,
  where: string,
  warnings: string[],
): PartOfSpeech | null {
  const v = (value ?? '').trim();
  if (v === '') return null;
  if ((PARTS_OF_SPEECH as readonly string[]).includes(v)) return v as PartOfSpeech;
  warnings.push(`${where}: unknown part of speech "${v}" dropped`);
  return null;
}

function readWorkflow(
  value: string | undefined,
  where: string,
  warnings: string[],
): WorkflowStatus {
  const v = (value ?? '').trim();
  if (v === '') return 'candidate';
  if ((WORKFLOW_STATUSES as readonly string[]).includes(v)) return v as WorkflowStatus;
  warnings.push(`${where}: unknown workflow status "${v}", read as candidate`);
  return 'candidate';
}
