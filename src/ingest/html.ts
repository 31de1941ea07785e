/**
 * HTML → plain text with the block structure kept: block elements become
 * paragraph breaks, `<br>` a line break; scripts, styles and comments are
 * dropped and character references decoded. A tolerant scanner, not a full
 * HTML parser: pages from legal databases are often malformed.
 */
import { decodeEntities } from './entities.js';

const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote caption center dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p ' +
    'section summary table tbody td tfoot th thead tr ul body html'
  ).split(' '),
);

/** Elements whose content is never document text. */
const SKIPPED_ELEMENTS = new Set(
  'script style noscript template title svg math iframe object select button'.split(' '),
);

const TAG_START = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)/y;
const COLLAPSIBLE_SPACE = /[ \t\n\r\f]+/g;

export function htmlToText(html: string): string {
  const sink = new TextSink();
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > pos) sink.text(html.slice(pos, textEnd));
    if (lt === -1) break;

    if (html.startsWith('<!--', lt)) {
      pos = afterMarker(html, '-->', lt + 4);
      continue;
    }
    TAG_START.lastIndex = lt;
    const tag = TAG_START.exec(html);
    if (!tag) {
      const next = html[lt + 1];
      if (next === '!' || next === '?') pos = afterMarker(html, '>', lt);
      else {
        sink.text('<');
        pos = lt + 1;
      }
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    pos = tagEnd(html, lt + tag[0].length);

    if (!closing && SKIPPED_ELEMENTS.has(name)) {
      pos = afterClosingTag(html, name, pos);
    } else if (name === 'br') {
      sink.lineBreak();
    } else if (name === 'pre') {
      sink.paragraphBreak();
      sink.preformatted += closing ? -1 : 1;
      if (sink.preformatted < 0) sink.preformatted = 0;
    } else if (BLOCK_ELEMENTS.has(name)) {
      sink.paragraphBreak();
    }
  }
  return sink.result();
}

/** Collects text runs, collapsing whitespace outside `<pre>` and placing breaks. */
class TextSink {
  preformatted = 0;
  private readonly parts: string[] = [];
  private pendingBreak: 0 | 1 | 2 = 0;
  private pendingSpace = false;

  text(raw: string): void {
    const decoded = decodeEntities(raw);
    if (this.preformatted > 0) {
      this.emit(decoded);
      return;
    }
    const collapsed = decoded.replace(COLLAPSIBLE_SPACE, ' ');
    if (collapsed === ' ') {
      this.pendingSpace = true;
      return;
    }
    const leading = collapsed.startsWith(' ');
    const trailing = collapsed.endsWith(' ');
    if (leading) this.pendingSpace = true;
    this.emit(collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined));
    this.pendingSpace = trailing;
  }

  lineBreak(): void {
    this.pendingBreak = this.pendingBreak === 0 ? 1 : 2;
    this.pendingSpace = false;
  }

  paragraphBreak(): void {
    this.pendingBreak = 2;
    this.pendingSpace = false;
  }

  result(): string {
    return this.parts.join('');
  }

  private emit(content: string): void {
    if (content === '') return;
    if (this.parts.length > 0) {
      if (this.pendingBreak === 2) this.parts.push('\n\n');
      else if (this.pendingBreak === 1) this.parts.push('\n');
      else if (this.pendingSpace) this.parts.push(' ');
    }
    this.parts.push(content);
    this.pendingBreak = 0;
    this.pendingSpace = false;
  }
}

/** Index just past the `>` that ends a tag, skipping `>` inside quoted attributes. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i + 1;
  }
  return html.length;
}

function afterMarker(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

/** Skips a raw element's content; an unclosed one ends at its opening tag. */
function afterClosingTag(html: string, name: string, from: number): number {
  const closing = new RegExp(`</${name}\\s*>`, 'gi');
  closing.lastIndex = from;
  const match = closing.exec(html);
  return match ? match.index + match[0].length : from;
}
