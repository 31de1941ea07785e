/**
 * TBX v3, TBX-Basic dialect, DCA style (ISO 30042:2019):
 * `<tbx type="TBX-Basic" style="dca" xml:lang=… xmlns="urn:iso:std:iso:30042:ed-2">`.
 * Element and value names were checked against LTAC-Global/TBX-Basic_dialect
 * (DCA schematron v1.2 and its valid example), which we reference, not copy.
 */
import type { Concept } from '../termbase/types.js';
import type { ImportDefaults, ImportResult } from './conventions.js';
import {
  buildTbxBody,
  headerChildren,
  readTbx,
  type TbxDialect,
  type TbxExportOptions,
} from './tbx.js';
import { el, writeXml } from './xml.js';

/** ISO 30042:2019 (edition 2) namespace. */
export const TBX3_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

const DIALECT: TbxDialect = {
  root: 'tbx',
  header: 'tbxHeader',
  entry: 'conceptEntry',
  langSection: 'langSec',
  termSection: 'termSec',
  writeStatus: (status) => status,
};

/** Writes concepts as TBX-Basic v3; concepts in Kazakh order of their kk headwords. */
export function exportTbx3(concepts: readonly Concept[], options: TbxExportOptions = {}): string {
  const root = el(
    'tbx',
    { type: 'TBX-Basic', style: 'dca', 'xml:lang': options.lang ?? 'kk', xmlns: TBX3_NAMESPACE },
    [
      el('tbxHeader', {}, [headerChildren(options)]),
      el('text', {}, [buildTbxBody(concepts, DIALECT, options)]),
    ],
  );
  return writeXml(root);
}

/** Reads TBX v3 (any dialect using the core structure); unknown languages are skipped with a warning. */
export function importTbx3(xml: string, defaults: ImportDefaults = {}): ImportResult {
  return readTbx(xml, DIALECT, defaults);
}
