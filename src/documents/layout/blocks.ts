/** The renderer-neutral document: what both the DOCX and the PDF writers draw. */
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphBlock {
  type: 'paragraph';
  /** Empty text is a blank line. */
  text: string;
  align: Align;
  bold: boolean;
  /** First-line indent. */
  indent: boolean;
  /** Keep on the same page as the next block. */
  keepNext: boolean;
  pageBreakBefore: boolean;
}

/** Borderless two-column rows: the post on the left, the name on the right; empty rows are gaps. */
export interface SignatureBlock {
  type: 'signature';
  rows: Array<{ post: string; name: string }>;
  keepNext: boolean;
}

export type Block = ParagraphBlock | SignatureBlock;

export interface DocumentLayout {
  title: string;
  lang: 'kk' | 'ru';
  blocks: Block[];
}

/**
 * Signatures separated only by blank lines become one table, so they stay on one page
 * together (LibreOffice does not carry keep-with-next from one table to the next).
 */
export function mergeSignatures(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let pendingBlanks: Block[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (
      block.type === 'paragraph' &&
      block.text === '' &&
      !block.pageBreakBefore &&
      last?.type === 'signature'
    ) {
      pendingBlanks.push(block);
      continue;
    }
    if (block.type === 'signature' && last?.type === 'signature') {
      last.rows.push(...pendingBlanks.map(() => ({ post: '', name: '' })), ...block.rows);
    } else {
      out.push(
        ...pendingBlanks,
        block.type === 'signature' ? { ...block, rows: [...block.rows] } : block,
      );
    }
    pendingBlanks = [];
  }
  out.push(...pendingBlanks);
  return out;
}

/**
 * The last paragraph before a signature, and the blank lines between, keep with it, so the
 * signature never stands alone on a page.
 */
export function keepSignaturesWithText(blocks: Block[]): Block[] {
  const out = blocks.map((block) => ({ ...block }));
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.type !== 'signature') continue;
    for (let j = i - 1; j >= 0; j--) {
      const previous = out[j]!;
      previous.keepNext = true;
      if (previous.type === 'paragraph' && previous.text !== '') break;
    }
  }
  return out;
}
