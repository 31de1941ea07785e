/**
 * Builds the unit tree from classified lines in one pass with a stack of open
 * units, so the time is linear in the text. Units open at their line and grow
 * line by line; nothing is ever refused: text that opens no unit is kept inside
 * the innermost open unit (or, before the first one, in the preamble).
 */
import { type ClassifiedLine, LineKind } from './classify-line.js';
import { articleNamedByNote } from './heading-patterns.js';
import type { StructureUnit, UnitType } from './types.js';

/** Nesting rank: a unit closes every open unit of the same or a deeper rank. */
const rankOf: Partial<Record<UnitType, number>> = {
  preamble: 0,
  section: 1,
  chapter: 2,
  article: 3,
  paragraph: 4,
  subparagraph: 5,
};
const LETTER_SUBPARAGRAPH_RANK = 6;
/** Lines an open «quotation» may span before it is taken to be unbalanced. */
const MAX_QUOTE_LINES = 400;

interface OpenUnit {
  unit: StructureUnit;
  rank: number;
  /** Heading still expected on the next Markdown heading (`## Раздел I.` then `## Общие положения`). */
  awaitingHeading: boolean;
  /** The point has its own text after the number, so its first indent is абзац 2. */
  hasHeadText: boolean;
  indents: number;
}

interface Leaf {
  unit: StructureUnit;
  blockquote: boolean;
}

export interface BuildOptions {
  markdown: boolean;
}

export class TreeBuilder {
  readonly roots: StructureUnit[] = [];
  private readonly stack: OpenUnit[] = [];
  private leaf: Leaf | null = null;
  private prevBlank = true;
  private prevEndsSentence = true;
  /** After an unrecognised top-level Markdown heading (`## Части документа`) text opens no preamble. */
  private outsideText = false;
  private quoteBalance = 0;
  private quoteLines = 0;

  constructor(
    private readonly text: string,
    private readonly options: BuildOptions,
  ) {}

  add(line: ClassifiedLine): void {
    if (line.kind === LineKind.BLANK) {
      this.prevBlank = true;
      return;
    }
    if (line.kind === LineKind.IGNORE) return;
    if (this.quoteBalance > 0 && !(line.level > 0 && line.kind === LineKind.UNIT)) {
      this.addQuoted(line);
    } else {
      this.quoteBalance = 0;
      this.dispatch(line);
    }
    this.prevBlank = false;
    this.prevEndsSentence = /[.;:!?]$/u.test(this.text.slice(line.bareStart, line.bareEnd));
  }

  /** Closes every open unit and fixes each end to cover its children. */
  finish(): StructureUnit[] {
    const fix = (unit: StructureUnit): number => {
      for (const child of unit.children) unit.end = Math.max(unit.end, fix(child));
      return unit.end;
    };
    for (const root of this.roots) fix(root);
    return this.roots;
  }

  private dispatch(line: ClassifiedLine): void {
    switch (line.kind) {
      case LineKind.UNIT:
        this.openUnit(line);
        return;
      case LineKind.NOTE:
      case LineKind.FOOTNOTE:
        this.openNote(line, line.kind === LineKind.NOTE ? 'note' : 'footnote');
        return;
      case LineKind.MD_HEADING:
        this.addMarkdownHeading(line);
        return;
      default:
        this.addText(line);
    }
  }

  private openUnit(line: ClassifiedLine): void {
    const type = line.unitType ?? 'paragraph';
    let rank = rankOf[type] ?? 4;
    if (type === 'subparagraph' && line.num !== undefined && !/^\d/.test(line.num)) {
      rank = this.numericSubparagraphOpen() ? LETTER_SUBPARAGRAPH_RANK : rankOf.subparagraph!;
    }
    this.leaf = null;
    this.popTo(rank);
    const rest = line.rest ?? '';
    const unit = this.makeUnit(type, line.num ?? null, line.contentStart, line.contentEnd);
    const open: OpenUnit = { unit, rank, awaitingHeading: false, hasHeadText: false, indents: 0 };
    if (type === 'section' || type === 'chapter' || type === 'article') {
      const lead = /^[\s.:–—-]*/u.exec(rest)?.[0].length ?? 0;
      const heading = rest.slice(lead).trim();
      if (heading !== '') {
        const start = (line.restStart ?? line.bareEnd) + lead;
        unit.heading = heading;
        unit.headingRange = { start, end: start + heading.length };
      } else {
        open.awaitingHeading = true;
      }
    } else {
      open.hasHeadText = rest.trim() !== '';
    }
    this.attach(unit);
    this.stack.push(open);
    this.outsideText = false;
    this.startQuoteIfOpened(line, rest);
  }

  private openNote(line: ClassifiedLine, type: 'note' | 'footnote'): void {
    // Notes stay with the innermost open unit: a note set between the indents of a
    // point (`Ескерту. 4-тармақтың бірінші бөлігі …`) must not close that point. Only
    // a note that names the open article (`Сноска. Статья 2 …`) goes to the article.
    this.leaf = null;
    const named = articleNamedByNote(this.text.slice(line.bareStart, line.bareEnd));
    const article = this.stack.findLast((open) => open.unit.type === 'article');
    if (named !== null && article?.unit.num === named) this.popTo(rankOf.paragraph!);
    const unit = this.makeUnit(type, null, line.contentStart, line.contentEnd);
    this.attach(unit);
    this.leaf = { unit, blockquote: line.blockquote };
    this.settleHeading();
  }

  private addMarkdownHeading(line: ClassifiedLine): void {
    const top = this.stack.at(-1);
    if (top?.awaitingHeading && this.leaf === null) {
      top.unit.heading = this.text.slice(line.bareStart, line.bareEnd);
      top.unit.headingRange = { start: line.bareStart, end: line.bareEnd };
      top.unit.end = Math.max(top.unit.end, line.contentEnd);
      top.awaitingHeading = false;
      return;
    }
    const atTop = this.stack.length === 0 || (this.stack.length === 1 && top?.rank === 0);
    if (atTop) {
      // `# Title` or `## Части документа`: neither a unit nor preamble text.
      this.leaf = null;
      this.stack.length = 0;
      if (line.level >= 2) this.outsideText = true;
      return;
    }
    this.addText(line);
  }

  private addText(line: ClassifiedLine): void {
    const leaf = this.leaf;
    if (leaf?.unit.type === 'note' || leaf?.unit.type === 'footnote') {
      if (line.blockquote && leaf.blockquote) {
        leaf.unit.end = Math.max(leaf.unit.end, line.contentEnd);
        return;
      }
      this.leaf = null;
    }
    const top = this.stack.at(-1);
    if (top?.awaitingHeading && this.looksLikePlainHeading(top, line)) {
      top.unit.heading = this.text.slice(line.bareStart, line.bareEnd);
      top.unit.headingRange = { start: line.bareStart, end: line.bareEnd };
      top.unit.end = Math.max(top.unit.end, line.contentEnd);
      top.awaitingHeading = false;
      return;
    }
    this.settleHeading();
    this.startQuoteIfOpened(line, this.text.slice(line.bareStart, line.bareEnd));
    if (top === undefined) {
      if (this.outsideText) return;
      const preamble = this.makeUnit('preamble', null, line.contentStart, line.contentEnd);
      this.attach(preamble);
      this.stack.push({
        unit: preamble,
        rank: 0,
        awaitingHeading: false,
        hasHeadText: false,
        indents: 0,
      });
      return;
    }
    const continues = this.options.markdown
      ? !this.prevBlank
      : !this.prevBlank && !this.prevEndsSentence;
    const holdsIndents =
      top.unit.type === 'article' ||
      top.unit.type === 'paragraph' ||
      top.unit.type === 'subparagraph';
    if (continues || !holdsIndents) {
      const target = this.leaf?.unit ?? top.unit;
      target.end = Math.max(target.end, line.contentEnd);
      return;
    }
    top.indents++;
    const num = String(top.indents + (top.hasHeadText ? 1 : 0));
    const indent = this.makeUnit('indent', num, line.contentStart, line.contentEnd);
    top.unit.children.push(indent);
    this.leaf = { unit: indent, blockquote: line.blockquote };
  }

  /** Lines inside a quotation that spans lines (amendment text) open no units. */
  private addQuoted(line: ClassifiedLine): void {
    const target = this.leaf?.unit ?? this.stack.at(-1)?.unit;
    if (target) target.end = Math.max(target.end, line.contentEnd);
    this.quoteBalance += quoteDelta(this.text.slice(line.bareStart, line.bareEnd));
    this.quoteLines++;
    if (this.quoteLines > MAX_QUOTE_LINES) this.quoteBalance = 0;
  }

  private startQuoteIfOpened(line: ClassifiedLine, rest: string): void {
    if (!/^\s*[«„“]/u.test(rest)) return;
    const delta = quoteDelta(this.text.slice(line.bareStart, line.bareEnd));
    if (delta > 0) {
      this.quoteBalance = delta;
      this.quoteLines = 0;
    }
  }

  private looksLikePlainHeading(top: OpenUnit, line: ClassifiedLine): boolean {
    if (this.options.markdown || top.unit.type === 'article' || line.kind !== LineKind.TEXT) {
      return false;
    }
    const bare = this.text.slice(line.bareStart, line.bareEnd);
    return bare.length <= 200 && !/[.;:,]$/u.test(bare) && /^[\p{Lu}«"]/u.test(bare);
  }

  private settleHeading(): void {
    const top = this.stack.at(-1);
    if (top) top.awaitingHeading = false;
  }

  private numericSubparagraphOpen(): boolean {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const open = this.stack[i]!;
      if (open.rank < rankOf.subparagraph!) return false;
      if (open.rank === rankOf.subparagraph && /^\d/.test(open.unit.num ?? '')) return true;
    }
    return false;
  }

  private popTo(rank: number): void {
    while (this.stack.length > 0) {
      const top = this.stack.at(-1)!;
      if (top.rank < rank && top.rank !== 0) return;
      this.stack.pop();
    }
  }

  private attach(unit: StructureUnit): void {
    const parent = this.stack.at(-1)?.unit;
    (parent ? parent.children : this.roots).push(unit);
  }

  private makeUnit(type: UnitType, num: string | null, start: number, end: number): StructureUnit {
    return { type, num, heading: null, eId: '', start, end, children: [] };
  }
}

/** Opening minus closing guillemets and low-high quotes on one line. */
function quoteDelta(line: string): number {
  let delta = 0;
  for (const char of line) {
    if (char === '«' || char === '„') delta++;
    else if (char === '»' || char === '“') delta--;
  }
  return delta;
}
