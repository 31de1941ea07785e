import type { StepEdit, StepResult } from '../types.js';
import { dashEdit } from './dashes.js';
import { latinLookalikeScanner } from './latin-lookalike.js';
import { numeroEdit } from './numero.js';
import { quoteEdit } from './quotes.js';

// The union of the scans of the dash, quote, numero and Latin look-alike steps.
// Each of them looks for rare characters, and a scan costs about as much as a
// copy of the text, so one scan replaces four. Its matches are exactly theirs:
// Latin runs (a numero `N` before a number is always a run of its own, as the
// character after it is a digit or a space), dash variants and a `-` or `--`
// before a space, and double quotes; none of these can start inside another.
const CHARACTERS =
  /[A-Za-z\u0259\u018f\u01dd\u018e]+|[\u2010-\u2012\u2014\u2015\u2e3a\u2e3b\ufe58]|--?(?= )|["\u201c\u201d\u201e\u201f]/g;
const NUMERO_AFTER = /^ ?\d/;

/**
 * Runs `unifyDashes`, `unifyQuotes`, `unifyNumeroSign` and
 * `replaceLatinLookalikes` on one text in a single scan; the results are theirs,
 * in that order.
 */
export function repairCharacters(text: string): StepResult[] {
  const dashes: StepEdit[] = [];
  const quotes: StepEdit[] = [];
  const numeros: StepEdit[] = [];
  const latin = latinLookalikeScanner(text);
  for (const match of text.matchAll(CHARACTERS)) {
    const value = match[0];
    const at = match.index;
    const first = value.charCodeAt(0);
    if (first === 0x22 || (first >= 0x201c && first <= 0x201f)) {
      const edit = quoteEdit(text, at, value);
      if (edit) quotes.push(edit);
    } else if (first === 0x2d || first >= 0x2010) {
      const edit = dashEdit(text, at, value);
      if (edit) dashes.push(edit);
    } else {
      if (value === 'N' && NUMERO_AFTER.test(text.slice(at + 1, at + 3))) {
        const edit = numeroEdit(text, at);
        if (edit) numeros.push(edit);
      }
      latin.visit(at, at + value.length);
    }
  }
  return [{ edits: dashes }, { edits: quotes }, { edits: numeros }, { edits: latin.edits }];
}
