/**
 * TBX-Basic (DCA style) as data: which elements may hold which, which data
 * categories (`@type`) each element may carry, where, and their closed value
 * lists. Written from ISO 30042:2019's core structure and the TBX-Basic
 * dialect definition (LTAC-Global/TBX-Basic_dialect, DCA schematron v1.2);
 * the official RNG/Schematron files carry no licence and are not copied.
 */

/** Elements allowed anywhere "auxiliary information" is (conceptEntry, langSec, termSec). */
export const AUX_INFO = [
  'admin',
  'adminGrp',
  'descrip',
  'descripGrp',
  'note',
  'ref',
  'transacGrp',
  'xref',
] as const;

/** Inline markup allowed inside text-bearing elements. */
export const INLINE = ['hi', 'foreign', 'sc', 'ec', 'ph'] as const;

/** Elements whose content is text (plus inline markup). */
export const TEXT_ELEMENTS = [
  'term',
  'termNote',
  'descrip',
  'admin',
  'note',
  'transac',
  'transacNote',
  'date',
  'ref',
  'xref',
  'p',
  'title',
  'adminNote',
  'descripNote',
  ...INLINE,
] as const;

/** Levels at which a data category may appear (a *Grp under that level counts as the level). */
export type Level = 'conceptEntry' | 'langSec' | 'termSec';

export interface DataCategory {
  element: string;
  type: string;
  levels: readonly Level[];
  /** Closed value list; absent = free text. */
  values?: readonly string[];
}

export const DATA_CATEGORIES: readonly DataCategory[] = [
  { element: 'descrip', type: 'subjectField', levels: ['conceptEntry'] },
  { element: 'descrip', type: 'definition', levels: ['conceptEntry', 'langSec'] },
  { element: 'descrip', type: 'context', levels: ['termSec'] },
  { element: 'admin', type: 'source', levels: ['conceptEntry', 'langSec', 'termSec'] },
  { element: 'admin', type: 'customerSubset', levels: ['conceptEntry', 'termSec'] },
  { element: 'admin', type: 'projectSubset', levels: ['conceptEntry', 'termSec'] },
  {
    element: 'termNote',
    type: 'administrativeStatus',
    levels: ['termSec'],
    values: [
      'preferredTerm-admn-sts',
      'admittedTerm-admn-sts',
      'deprecatedTerm-admn-sts',
      'supersededTerm-admn-sts',
    ],
  },
  {
    element: 'termNote',
    type: 'partOfSpeech',
    levels: ['termSec'],
    values: ['noun', 'verb', 'adjective', 'adverb', 'other'],
  },
  {
    element: 'termNote',
    type: 'grammaticalGender',
    levels: ['termSec'],
    values: ['masculine', 'feminine', 'neuter', 'other'],
  },
  {
    element: 'termNote',
    type: 'termType',
    levels: ['termSec'],
    values: ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'],
  },
  {
    element: 'termNote',
    type: 'termLocation',
    levels: ['termSec'],
    values: [
      'checkBox',
      'comboBox',
      'comboBoxElement',
      'dialogBox',
      'groupBox',
      'informativeMessage',
      'interactiveMessage',
      'menuItem',
      'progressBar',
      'pushButton',
      'radioButton',
      'slider',
      'spinBox',
      'tab',
      'tableText',
      'textBox',
      'toolTip',
      'user-definedType',
    ],
  },
  { element: 'termNote', type: 'geographicalUsage', levels: ['termSec'] },
  { element: 'ref', type: 'crossReference', levels: ['conceptEntry', 'termSec'] },
  {
    element: 'xref',
    type: 'externalCrossReference',
    levels: ['conceptEntry', 'langSec', 'termSec'],
  },
  { element: 'xref', type: 'xGraphic', levels: ['conceptEntry', 'langSec'] },
  {
    element: 'transac',
    type: 'transactionType',
    levels: ['conceptEntry', 'langSec', 'termSec'],
    values: ['origination', 'modification'],
  },
  {
    element: 'transacNote',
    type: 'responsibility',
    levels: ['conceptEntry', 'langSec', 'termSec'],
  },
];

/** Group elements: their first child must be the element they group. */
export const GROUPS: Record<string, { head: string; rest: readonly string[] }> = {
  descripGrp: { head: 'descrip', rest: ['admin', 'adminGrp', 'note', 'ref', 'transacGrp', 'xref'] },
  adminGrp: { head: 'admin', rest: ['adminNote', 'note', 'ref', 'transacGrp', 'xref'] },
  termNoteGrp: {
    head: 'termNote',
    rest: ['admin', 'adminGrp', 'note', 'ref', 'transacGrp', 'xref'],
  },
  transacGrp: { head: 'transac', rest: ['transacNote', 'date', 'note'] },
};
