/**
 * Checks a TBX v3 file against TBX-Basic (DCA): the core structure
 * tbx/tbxHeader/text/body/conceptEntry/langSec/termSec, the data categories
 * each element may carry and where, and their closed value lists. Problems are
 * vfile messages (`source: 'kazlex-tbx'`, kebab-case ruleIds, positions);
 * structural and value errors are fatal, doubtful points are warnings.
 */
import { VFile } from 'vfile';
import { KazlexError } from '../../errors.js';
import {
  AUX_INFO,
  DATA_CATEGORIES,
  GROUPS,
  INLINE,
  type Level,
  TEXT_ELEMENTS,
} from './tbx-basic-rules.js';
import { TBX3_NAMESPACE } from './tbx3.js';
import { childElements, readXml, textOf, type XmlElement } from './xml.js';

export interface ValidateTbxBasicOptions {
  /** File path for messages. */
  path?: string | undefined;
  /** Namespaces accepted on the root (default: ISO 30042:2019's). */
  namespaces?: readonly string[] | undefined;
}

const SOURCE = 'kazlex-tbx';
const AUX = new Set<string>(AUX_INFO);
const TEXTUAL = new Set<string>(TEXT_ELEMENTS);
const INLINE_SET = new Set<string>(INLINE);

/** Validates; `file.messages.some(m => m.fatal)` means the file is not TBX-Basic. */
export function validateTbxBasic(xml: string, options: ValidateTbxBasicOptions = {}): VFile {
  const file = new VFile({ path: options.path ?? 'glossary.tbx', value: xml });
  let root: XmlElement;
  try {
    root = readXml(xml);
  } catch (error) {
    report(
      file,
      xml,
      0,
      error instanceof KazlexError ? error.message : String(error),
      'xml-well-formed',
    );
    return file;
  }
  new Checker(file, xml, options.namespaces ?? [TBX3_NAMESPACE]).root(root);
  return file;
}

/** True when the file has no fatal message. */
export function isValidTbxBasic(file: VFile): boolean {
  return !file.messages.some((m) => m.fatal === true);
}

class Checker {
  readonly #ids = new Map<string, number>();
  readonly #targets: { value: string; offset: number }[] = [];

  constructor(
    readonly file: VFile,
    readonly xml: string,
    readonly namespaces: readonly string[],
  ) {}

  root(tbx: XmlElement): void {
    if (tbx.name !== 'tbx') {
      this.#error(tbx, `Expected root \`tbx\`, not \`${tbx.name}\``, 'tbx-root');
      return;
    }
    const attrs = tbx.attributes;
    if (attrs['type'] !== 'TBX-Basic')
      this.#error(tbx, 'Expected `type="TBX-Basic"`', 'tbx-dialect');
    if (attrs['style'] !== 'dca') this.#error(tbx, 'Expected `style="dca"`', 'tbx-style');
    if (!attrs['xml:lang']) this.#error(tbx, 'Expected `xml:lang` on `tbx`', 'tbx-lang');
    if (!this.namespaces.includes(attrs['xmlns'] ?? '')) {
      this.#error(tbx, `Expected \`xmlns="${this.namespaces[0]}"\``, 'tbx-namespace');
    }
    for (const [name] of Object.entries(attrs)) {
      if (name.startsWith('xmlns:'))
        this.#error(tbx, 'DCT-style namespaces are not allowed in DCA', 'tbx-dca-only');
    }
    this.#sequence(tbx, [
      ['tbxHeader', 1, 1],
      ['text', 1, 1],
    ]);
    for (const header of childElements(tbx, 'tbxHeader')) this.#header(header);
    for (const text of childElements(tbx, 'text')) {
      this.#sequence(text, [
        ['body', 1, 1],
        ['back', 0, 1],
      ]);
      for (const body of childElements(text, 'body')) this.#body(body);
    }
    this.#checkTargets();
  }

  #header(header: XmlElement): void {
    this.#sequence(header, [
      ['fileDesc', 1, 1],
      ['encodingDesc', 0, 1],
      ['revisionDesc', 0, 1],
    ]);
    for (const fileDesc of childElements(header, 'fileDesc')) {
      this.#sequence(fileDesc, [
        ['titleStmt', 0, 1],
        ['publicationStmt', 0, 1],
        ['sourceDesc', 1, Number.POSITIVE_INFINITY],
      ]);
    }
  }

  #body(body: XmlElement): void {
    this.#noText(body);
    const entries = childElements(body);
    if (entries.length === 0)
      this.#error(body, 'Expected at least one `conceptEntry`', 'tbx-structure');
    for (const entry of entries) {
      if (entry.name !== 'conceptEntry') {
        this.#error(entry, `Unexpected \`${entry.name}\` in \`body\``, 'tbx-structure');
        continue;
      }
      this.#level(entry, 'conceptEntry', 'langSec');
      const sections = childElements(entry, 'langSec');
      if (sections.length === 0)
        this.#error(entry, 'Expected at least one `langSec` in `conceptEntry`', 'tbx-structure');
      for (const section of sections) {
        if (!section.attributes['xml:lang'])
          this.#error(section, 'Expected `xml:lang` on `langSec`', 'tbx-lang');
        this.#level(section, 'langSec', 'termSec');
        const terms = childElements(section, 'termSec');
        if (terms.length === 0)
          this.#error(section, 'Expected at least one `termSec` in `langSec`', 'tbx-structure');
        for (const termSec of terms) this.#termSec(termSec);
      }
    }
  }

  /** conceptEntry/langSec: auxiliary information first, then the sub-sections. */
  #level(node: XmlElement, level: Level, sub: string): void {
    this.#noText(node);
    this.#id(node, level === 'conceptEntry');
    let seenSub = false;
    for (const child of childElements(node)) {
      if (child.name === sub) {
        seenSub = true;
      } else if (AUX.has(child.name)) {
        if (seenSub)
          this.#error(child, `Expected \`${child.name}\` before the first \`${sub}\``, 'tbx-order');
        this.#aux(child, level);
      } else {
        this.#error(child, `Unexpected \`${child.name}\` in \`${node.name}\``, 'tbx-structure');
      }
    }
  }

  #termSec(termSec: XmlElement): void {
    this.#noText(termSec);
    this.#id(termSec, false);
    const children = childElements(termSec);
    const first = children[0];
    if (first?.name !== 'term')
      this.#error(first ?? termSec, 'Expected `term` first in `termSec`', 'tbx-structure');
    let phase = 0; // 0 term, 1 termNote(s), 2 aux
    children.forEach((child, i) => {
      if (child.name === 'term') {
        if (i !== 0) this.#error(child, 'Expected one `term` per `termSec`', 'tbx-structure');
        this.#text(child);
        if (textOf(child).trim() === '')
          this.#error(child, 'Expected a non-empty `term`', 'tbx-empty-term');
      } else if (child.name === 'termNote' || child.name === 'termNoteGrp') {
        if (phase > 1)
          this.#error(child, `Expected \`${child.name}\` before notes and sources`, 'tbx-order');
        phase = 1;
        this.#aux(child, 'termSec');
      } else if (AUX.has(child.name)) {
        phase = 2;
        this.#aux(child, 'termSec');
      } else {
        this.#error(child, `Unexpected \`${child.name}\` in \`termSec\``, 'tbx-structure');
      }
    });
  }

  /** An auxiliary element (or group) at a level: structure, data category, placement, value. */
  #aux(node: XmlElement, level: Level): void {
    const group = GROUPS[node.name];
    if (group !== undefined) {
      this.#noText(node);
      const children = childElements(node);
      if (children[0]?.name !== group.head) {
        this.#error(node, `Expected \`${group.head}\` first in \`${node.name}\``, 'tbx-structure');
      }
      children.forEach((child, i) => {
        if (i === 0 && child.name === group.head) {
          this.#category(child, level);
          return;
        }
        if (!group.rest.includes(child.name)) {
          this.#error(child, `Unexpected \`${child.name}\` in \`${node.name}\``, 'tbx-structure');
          return;
        }
        if (GROUPS[child.name] !== undefined) this.#aux(child, level);
        else if (child.name === 'date') this.#date(child);
        else this.#category(child, level);
      });
      return;
    }
    this.#category(node, level);
  }

  #category(node: XmlElement, level: Level): void {
    this.#text(node);
    const type = node.attributes['type'];
    if (node.name === 'note' || node.name === 'date') return;
    if (node.name === 'adminNote' || node.name === 'descripNote') return;
    if (type === undefined || type === '') {
      this.#error(
        node,
        `Expected a data category (\`type\`) on \`${node.name}\``,
        'tbx-data-category',
      );
      return;
    }
    const category = DATA_CATEGORIES.find((c) => c.element === node.name && c.type === type);
    if (category === undefined) {
      this.#error(
        node,
        `\`${node.name}@type="${type}"\` is not a TBX-Basic data category`,
        'tbx-data-category',
      );
      return;
    }
    if (!category.levels.includes(level)) {
      this.#error(node, `\`${type}\` is not allowed at the \`${level}\` level`, 'tbx-placement');
    }
    const value = textOf(node).trim();
    if (category.values !== undefined && !category.values.includes(value)) {
      this.#error(
        node,
        `Expected one of ${category.values.map((v) => `\`${v}\``).join(', ')} for \`${type}\`, not \`${value}\``,
        'tbx-value',
      );
    }
    const target = node.attributes['target'];
    if (target !== undefined) this.#targets.push({ value: target, offset: node.offset });
  }

  #date(node: XmlElement): void {
    this.#text(node);
    const value = textOf(node).trim();
    if (!isXsDate(value))
      this.#error(node, `Expected an xs:date (YYYY-MM-DD), not \`${value}\``, 'tbx-date');
  }

  /** Text-bearing element: text and inline markup only. */
  #text(node: XmlElement): void {
    if (!TEXTUAL.has(node.name) && GROUPS[node.name] === undefined && node.name !== 'adminNote') {
      this.#error(node, `Unexpected \`${node.name}\``, 'tbx-structure');
    }
    for (const child of childElements(node)) {
      if (!INLINE_SET.has(child.name))
        this.#error(child, `Unexpected \`${child.name}\` inside \`${node.name}\``, 'tbx-structure');
    }
  }

  /** Elements listed with [name, min, max], in this order, nothing else, no text. */
  #sequence(node: XmlElement, spec: [string, number, number][]): void {
    this.#noText(node);
    const children = childElements(node);
    let k = 0;
    for (const [name, min, max] of spec) {
      let count = 0;
      while (children[k]?.name === name) {
        count++;
        k++;
      }
      if (count < min)
        this.#error(node, `Expected \`${name}\` in \`${node.name}\``, 'tbx-structure');
      if (count > max)
        this.#error(
          node,
          `Expected at most ${max} \`${name}\` in \`${node.name}\``,
          'tbx-structure',
        );
    }
    for (const extra of children.slice(k)) {
      this.#error(extra, `Unexpected \`${extra.name}\` in \`${node.name}\``, 'tbx-structure');
    }
  }

  #noText(node: XmlElement): void {
    for (const child of node.children) {
      if (typeof child === 'string' && child.trim() !== '') {
        this.#error(node, `Unexpected text in \`${node.name}\``, 'tbx-structure');
        return;
      }
    }
  }

  /** `id` is an XML ID: an NCName, unique in the file. */
  #id(node: XmlElement, required: boolean): void {
    const id = node.attributes['id'];
    if (id === undefined) {
      if (required) this.#error(node, `Expected an \`id\` on \`${node.name}\``, 'tbx-id');
      return;
    }
    if (!isNcName(id)) this.#error(node, `\`${id}\` is not a valid XML ID`, 'tbx-id');
    if (this.#ids.has(id)) this.#error(node, `Duplicate id \`${id}\``, 'tbx-id');
    this.#ids.set(id, node.offset);
  }

  #checkTargets(): void {
    for (const { value, offset } of this.#targets) {
      if (/^https?:\/\/./.test(value) || this.#ids.has(value)) continue;
      report(
        this.file,
        this.xml,
        offset,
        `Expected \`target\` to be an id in the file or an http(s) URI, not \`${value}\``,
        'tbx-target',
      );
    }
  }

  #error(node: XmlElement, reason: string, ruleId: string): void {
    report(this.file, this.xml, node.offset, reason, ruleId);
  }
}

function report(
  file: VFile,
  xml: string,
  offset: number,
  reason: string,
  ruleId: string,
  fatal = true,
): void {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < xml.length; i++) {
    if (xml[i] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  const message = file.message(reason, { place: { line, column, offset }, ruleId, source: SOURCE });
  message.fatal = fatal;
}

function isNcName(id: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}._\-\u00B7\u0300-\u036F\u203F-\u2040]*$/u.test(id);
}

/** xs:date, which the core structure RNG uses for `<date>`: a day, optionally with a zone. */
function isXsDate(value: string): boolean {
  const match = /^-?(\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (match === null) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
