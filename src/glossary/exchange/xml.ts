/**
 * A small XML 1.0 reader and writer for the exchange formats. No DTDs, no
 * external entities (a DOCTYPE is skipped, its internal subset ignored), so
 * reading untrusted TBX cannot fetch files or expand entity bombs.
 */
import { ErrorCode, KazlexError } from '../../errors.js';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** UTF-16 offset of `<` in the source (0 for built elements). */
  offset: number;
}
export type XmlNode = XmlElement | string;

/** Builds an element; text children are plain strings. */
export function el(
  name: string,
  attributes: Record<string, string | null | undefined> = {},
  children: (XmlNode | null | undefined | false)[] = [],
): XmlElement {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (value != null) attrs[key] = value;
  return {
    name,
    attributes: attrs,
    children: children.filter((c): c is XmlNode => c !== null && c !== undefined && c !== false),
    offset: 0,
  };
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** Child elements, optionally only those named `name`. */
export function childElements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter(
    (c): c is XmlElement => isElement(c) && (name === undefined || c.name === name),
  );
}

/** Concatenated text of an element and its descendants. */
export function textOf(node: XmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
}

// ---------------------------------------------------------------- writer

/**
 * Serialises a tree. Elements whose children are all elements are indented;
 * anything with text is written inline so the text survives byte for byte.
 */
export function writeXml(root: XmlElement, options: { declaration?: string[] } = {}): string {
  const head = ['<?xml version="1.0" encoding="UTF-8"?>', ...(options.declaration ?? [])];
  return `${head.join('\n')}\n${writeElement(root, '')}\n`;
}

function writeElement(node: XmlElement, indent: string): string {
  const attrs = Object.entries(node.attributes)
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  if (node.children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  const hasText = node.children.some((c) => typeof c === 'string');
  if (hasText) {
    const inner = node.children
      .map((c) => (typeof c === 'string' ? escapeText(c) : writeElement(c, '')))
      .join('');
    return `${indent}<${node.name}${attrs}>${inner}</${node.name}>`;
  }
  const inner = node.children.map((c) => writeElement(c as XmlElement, `${indent}  `)).join('\n');
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}

export function escapeText(text: string): string {
  assertXmlChars(text);
  let out = '';
  for (const ch of text) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '\r') out += '&#13;';
    else out += ch;
  }
  return out;
}

export function escapeAttribute(text: string): string {
  assertXmlChars(text);
  let out = '';
  for (const ch of text) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === '\n') out += '&#10;';
    else if (ch === '\r') out += '&#13;';
    else if (ch === '\t') out += '&#9;';
    else out += ch;
  }
  return out;
}

/** XML 1.0 cannot carry C0 controls (except tab, LF, CR), U+FFFE/U+FFFF or lone surrogates. */
function assertXmlChars(text: string): void {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const ok =
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      cp >= 0x10000;
    if (!ok) {
      throw new KazlexError(
        ErrorCode.VALIDATION,
        `U+${cp.toString(16).toUpperCase().padStart(4, '0')} cannot be written to XML`,
      );
    }
  }
}

// ---------------------------------------------------------------- reader

/**
 * Parses a well-formed XML document into a tree. Whitespace-only text between
 * elements is kept as text nodes; callers read what they need. Throws a
 * KazlexError with line and column on the first well-formedness error.
 */
export function readXml(source: string): XmlElement {
  return new XmlReader(source).document();
}

class XmlReader {
  readonly #s: string;
  #i = 0;

  constructor(source: string) {
    this.#s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  }

  document(): XmlElement {
    this.#misc();
    if (this.#startsWith('<!DOCTYPE')) {
      this.#doctype();
      this.#misc();
    }
    if (this.#s[this.#i] !== '<') this.#fail('expected the root element');
    const root = this.#element();
    this.#misc();
    if (this.#i < this.#s.length) this.#fail('content after the root element');
    return root;
  }

  /** Comments, processing instructions and whitespace outside the root. */
  #misc(): void {
    for (;;) {
      this.#skipSpace();
      if (this.#startsWith('<?')) this.#skipPast('?>');
      else if (this.#startsWith('<!--')) this.#skipPast('-->');
      else return;
    }
  }

  #doctype(): void {
    let depth = 0;
    while (this.#i < this.#s.length) {
      const ch = this.#s[this.#i++];
      if (ch === '[') depth++;
      else if (ch === ']') depth--;
      else if (ch === '>' && depth === 0) return;
    }
    this.#fail('unterminated DOCTYPE');
  }

  #element(): XmlElement {
    const offset = this.#i;
    this.#i++; // <
    const name = this.#name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = this.#skipSpace();
      const ch = this.#s[this.#i];
      if (ch === '/') {
        if (this.#s[this.#i + 1] !== '>') this.#fail('expected "/>"');
        this.#i += 2;
        return { name, attributes, children: [], offset };
      }
      if (ch === '>') {
        this.#i++;
        break;
      }
      if (!hadSpace) this.#fail('expected whitespace before an attribute');
      const attr = this.#name();
      this.#skipSpace();
      if (this.#s[this.#i] !== '=') this.#fail(`expected "=" after ${attr}`);
      this.#i++;
      this.#skipSpace();
      const quote = this.#s[this.#i];
      if (quote !== '"' && quote !== "'") this.#fail('expected a quoted attribute value');
      this.#i++;
      const end = this.#s.indexOf(quote, this.#i);
      if (end < 0) this.#fail('unterminated attribute value');
      const raw = this.#s.slice(this.#i, end);
      if (raw.includes('<')) this.#fail('"<" in an attribute value');
      if (attr in attributes) this.#fail(`duplicate attribute ${attr}`);
      attributes[attr] = this.#decode(normalizeAttributeWhitespace(raw), this.#i);
      this.#i = end + 1;
    }
    const children: XmlNode[] = [];
    let text = '';
    for (;;) {
      if (this.#i >= this.#s.length) this.#fail(`unclosed <${name}>`);
      if (this.#startsWith('</')) {
        const closeAt = this.#i;
        this.#i += 2;
        const closing = this.#name();
        if (closing !== name) this.#fail(`expected </${name}>, not </${closing}>`, closeAt);
        this.#skipSpace();
        if (this.#s[this.#i] !== '>') this.#fail('expected ">"');
        this.#i++;
        if (text !== '') children.push(text);
        return { name, attributes, children, offset };
      }
      if (this.#startsWith('<!--')) {
        this.#skipPast('-->');
      } else if (this.#startsWith('<![CDATA[')) {
        this.#i += 9;
        const end = this.#s.indexOf(']]>', this.#i);
        if (end < 0) this.#fail('unterminated CDATA section');
        text += this.#s.slice(this.#i, end);
        this.#i = end + 3;
      } else if (this.#startsWith('<?')) {
        this.#skipPast('?>');
      } else if (this.#s[this.#i] === '<') {
        if (text !== '') children.push(text);
        text = '';
        children.push(this.#element());
      } else {
        let end = this.#s.indexOf('<', this.#i);
        if (end < 0) end = this.#s.length;
        const raw = this.#s.slice(this.#i, end);
        text += this.#decode(raw.replace(/\r\n?/g, '\n'), this.#i);
        this.#i = end;
      }
    }
  }

  /** Decodes entity and character references. Literal CR is normalised by the caller. */
  #decode(raw: string, at: number): string {
    if (!raw.includes('&')) return raw;
    let out = '';
    let i = 0;
    while (i < raw.length) {
      const amp = raw.indexOf('&', i);
      if (amp < 0) {
        out += raw.slice(i);
        break;
      }
      out += raw.slice(i, amp);
      const semi = raw.indexOf(';', amp);
      if (semi < 0) this.#fail('unterminated reference', at + amp);
      const ref = raw.slice(amp + 1, semi);
      out += this.#reference(ref, at + amp);
      i = semi + 1;
    }
    return out;
  }

  #reference(ref: string, at: number): string {
    switch (ref) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x';
      const digits = ref.slice(hex ? 2 : 1);
      const valid =
        digits.length > 0 && [...digits].every((d) => (hex ? isHexDigit(d) : isDigit(d)));
      const cp = valid ? Number.parseInt(digits, hex ? 16 : 10) : Number.NaN;
      if (Number.isNaN(cp) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0) {
        this.#fail(`bad character reference &${ref};`, at);
      }
      return String.fromCodePoint(cp);
    }
    return this.#fail(`unknown entity &${ref};`, at);
  }

  #name(): string {
    const start = this.#i;
    while (this.#i < this.#s.length && isNameChar(this.#s[this.#i]!)) this.#i++;
    if (this.#i === start) this.#fail('expected a name');
    return this.#s.slice(start, this.#i);
  }

  #skipSpace(): boolean {
    const start = this.#i;
    while (this.#i < this.#s.length && isSpace(this.#s[this.#i]!)) this.#i++;
    return this.#i > start;
  }

  #skipPast(end: string): void {
    const at = this.#s.indexOf(end, this.#i);
    if (at < 0) this.#fail(`expected "${end}"`);
    this.#i = at + end.length;
  }

  #startsWith(prefix: string): boolean {
    return this.#s.startsWith(prefix, this.#i);
  }

  #fail(message: string, at = this.#i): never {
    let line = 1;
    let column = 1;
    for (let k = 0; k < at && k < this.#s.length; k++) {
      if (this.#s[k] === '\n') {
        line++;
        column = 1;
      } else column++;
    }
    throw new KazlexError(ErrorCode.FORMAT, `XML ${line}:${column}: ${message}`);
  }
}

/** Attribute-value normalisation (XML 1.0 §3.3.3): literal tab, LF and CR become spaces; references survive. */
function normalizeAttributeWhitespace(raw: string): string {
  return raw.replace(/\r\n|[\t\n\r]/g, ' ');
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isHexDigit(ch: string): boolean {
  return isDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
}

function isNameChar(ch: string): boolean {
  return !(
    isSpace(ch) ||
    ch === '<' ||
    ch === '>' ||
    ch === '/' ||
    ch === '=' ||
    ch === '"' ||
    ch === "'" ||
    ch === '&' ||
    ch === '!' ||
    ch === '?'
  );
}
