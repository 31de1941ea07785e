/** Paragraph styles a template line may ask for in `[…]`. */
export const STYLE_WORDS = [
  'left',
  'center',
  'right',
  'justify',
  'bold',
  'indent',
  'keep',
  'page-break',
] as const;
export type StyleWord = (typeof STYLE_WORDS)[number];

/** The parsed template: a tree of lines, conditionals and loops, each with its source line. */
export type TemplateNode =
  | { type: 'line'; line: number; styles: StyleWord[]; text: string }
  | { type: 'blank'; line: number }
  | { type: 'signature'; line: number; post: string; name: string }
  | { type: 'if'; line: number; path: string; whenTrue: TemplateNode[]; whenFalse: TemplateNode[] }
  | { type: 'each'; line: number; path: string; alias: string; body: TemplateNode[] };

export interface Template {
  file: string;
  nodes: TemplateNode[];
}

/**
 * What a template may refer to: `text` always present, `optional` may be absent
 * (use it only inside `{{#if}}`), a one-element array is a list of records of that shape.
 */
export type Shape = { [key: string]: 'text' | 'optional' | [Shape] | Shape };

/** Values handed to a template: strings, optional strings, lists and nested records. */
export type TemplateContext = {
  [key: string]: string | undefined | TemplateContext | TemplateContext[];
};
