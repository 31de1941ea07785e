import { ErrorCode, KazlexError } from '../../errors.js';
import type { Align, Block } from '../layout/blocks.js';
import type { Template, TemplateContext, TemplateNode } from './types.js';

type Value = TemplateContext[string];

function lookup(path: string, scope: TemplateContext): Value {
  let current: Value = scope;
  for (const key of path.split('.')) {
    if (current === undefined || typeof current === 'string' || Array.isArray(current))
      return undefined;
    current = current[key];
  }
  return current;
}

function isTruthy(value: Value): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Fills a parsed template with the context and returns the blocks to draw. */
export function renderTemplate(template: Template, context: TemplateContext): Block[] {
  const blocks: Block[] = [];
  const fill = (text: string, scope: TemplateContext, line: number): string =>
    text.replace(/\{\{\s*([^#/}][^}]*?)\s*\}\}/g, (_match, path: string) => {
      const value = lookup(path, scope);
      if (typeof value !== 'string') {
        throw new KazlexError(
          ErrorCode.VALIDATION,
          `${template.file}:${line}: field «${path}» is missing in the data`,
          {
            file: template.file,
          },
        );
      }
      return value;
    });

  const emit = (nodes: TemplateNode[], scope: TemplateContext): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'blank':
          blocks.push({
            type: 'paragraph',
            text: '',
            align: 'left',
            bold: false,
            indent: false,
            keepNext: false,
            pageBreakBefore: false,
          });
          break;
        case 'signature':
          blocks.push({
            type: 'signature',
            rows: [
              { post: fill(node.post, scope, node.line), name: fill(node.name, scope, node.line) },
            ],
            keepNext: false,
          });
          break;
        case 'if':
          emit(isTruthy(lookup(node.path, scope)) ? node.whenTrue : node.whenFalse, scope);
          break;
        case 'each': {
          const list = lookup(node.path, scope);
          for (const item of Array.isArray(list) ? list : [])
            emit(node.body, { ...scope, [node.alias]: item });
          break;
        }
        case 'line': {
          const align: Align =
            (['left', 'center', 'right', 'justify'] as const).find((a) =>
              node.styles.includes(a),
            ) ?? 'justify';
          blocks.push({
            type: 'paragraph',
            text: fill(node.text, scope, node.line),
            align,
            bold: node.styles.includes('bold'),
            indent: node.styles.includes('indent'),
            keepNext: node.styles.includes('keep'),
            pageBreakBefore: node.styles.includes('page-break'),
          });
        }
      }
    }
  };
  emit(template.nodes, context);
  return blocks;
}
