/**
 * TBX v2 "martif" (ISO 30042:2008 / TBX-Basic 2009), the TBX that Weblate and
 * Translate Toolkit read: martif/text/body/termEntry/langSet/tig/term.
 */
import type { AdministrativeStatus, Concept } from '../termbase/types.js';
import type { ImportDefaults, ImportResult } from './conventions.js';
import {
  buildTbxBody,
  headerChildren,
  readTbx,
  type TbxDialect,
  type TbxExportOptions,
} from './tbx.js';
import { el, writeXml } from './xml.js';

export interface Tbx2ExportOptions extends TbxExportOptions {
  /**
   * "iso" writes ISO 12620 values (deprecatedTerm-admn-sts…); "weblate" writes
   * `forbidden`/`obsolete` for deprecated/superseded terms, the words Weblate
   * marks as forbidden (docs.weblate.org, formats/tbx).
   */
  statusValues?: 'iso' | 'weblate' | undefined;
}

const WEBLATE_STATUS: Partial<Record<AdministrativeStatus, string>> = {
  'deprecatedTerm-admn-sts': 'forbidden',
  'supersededTerm-admn-sts': 'obsolete',
};

function dialect(statusValues: 'iso' | 'weblate'): TbxDialect {
  return {
    root: 'martif',
    header: 'martifHeader',
    entry: 'termEntry',
    langSection: 'langSet',
    termSection: 'tig',
    writeStatus: (status) =>
      statusValues === 'weblate' ? (WEBLATE_STATUS[status] ?? status) : status,
  };
}

export function exportTbx2(concepts: readonly Concept[], options: Tbx2ExportOptions = {}): string {
  const root = el('martif', { type: 'TBX-Basic', 'xml:lang': options.lang ?? 'kk' }, [
    el('martifHeader', {}, [
      headerChildren(options),
      el('encodingDesc', {}, [el('p', { type: 'XCSURI' }, ['TBXBasicXCSV02.xcs'])]),
    ]),
    el('text', {}, [buildTbxBody(concepts, dialect(options.statusValues ?? 'iso'), options)]),
  ]);
  return writeXml(root, { declaration: ['<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">'] });
}

/** Reads TBX v2 martif; accepts Weblate's `forbidden`/`obsolete` statuses. */
export function importTbx2(xml: string, defaults: ImportDefaults = {}): ImportResult {
  return readTbx(xml, dialect('iso'), defaults);
}
