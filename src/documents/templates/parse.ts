import { ErrorCode, KazlexError } from '../../errors.js';
import {
  type Shape,
  STYLE_WORDS,
  type StyleWord,
  type Template,
  type TemplateNode,
} from './types.js';

const placeholderPattern = /\{\{\s*([^#/}][^}]*?)\s*\}\}/g;

function templateError(file: string, line: number, reason: string): KazlexError {
  return new KazlexError(ErrorCode.VALIDATION, `${file}:${line}: ${reason}`, { file });
}

/**
 * Parses a line-based template:
 * `# comment`, `{{#if path}}` / `{{else}}` / `{{/if}}`, `{{#each path as x}}` / `{{/each}}`,
 * `[blank]`, `[signature] post | name`, `[center bold] text with {{placeholders}}`;
 * a line without `[…]` is a justified paragraph with a first-line indent.
 */
export function parseTemplate(source: string, file: string): Template {
  const root: TemplateNode[] = [];
  const stack: Array<{ node: Extract<TemplateNode, { type: 'if' | 'each' }>; inElse: boolean }> =
    [];
  const target = (): TemplateNode[] => {
    const top = stack.at(-1);
    if (!top) return root;
    if (top.node.type === 'each') return top.node.body;
    return top.inElse ? top.node.whenFalse : top.node.whenTrue;
  };
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const control = /^\{\{\s*(#if|#each|else|\/if|\/each)\b\s*(.*?)\s*\}\}$/.exec(text);
    if (control) {
      const [, keyword, rest = ''] = control;
      if (keyword === '#if') {
        if (!rest) throw templateError(file, line, 'Expected a field after {{#if …}}');
        const node: TemplateNode = { type: 'if', line, path: rest, whenTrue: [], whenFalse: [] };
        target().push(node);
        stack.push({ node, inElse: false });
      } else if (keyword === '#each') {
        const each = /^([\w.]+)\s+as\s+(\w+)$/.exec(rest);
        if (!each) throw templateError(file, line, 'Expected {{#each list as name}}');
        const node: TemplateNode = {
          type: 'each',
          line,
          path: each[1]!,
          alias: each[2]!,
          body: [],
        };
        target().push(node);
        stack.push({ node, inElse: false });
      } else if (keyword === 'else') {
        const top = stack.at(-1);
        if (top?.node.type !== 'if' || top.inElse)
          throw templateError(file, line, '{{else}} without an open {{#if}}');
        top.inElse = true;
      } else {
        const want = keyword === '/if' ? 'if' : 'each';
        const top = stack.pop();
        if (top?.node.type !== want)
          throw templateError(file, line, `{{${keyword}}} without an open {{#${want}}}`);
      }
      return;
    }
    target().push(parseLine(text, file, line));
  });
  const open = stack.at(-1);
  if (open) throw templateError(file, open.node.line, `{{#${open.node.type}}} is never closed`);
  return { file, nodes: root };
}

function parseLine(text: string, file: string, line: number): TemplateNode {
  const styled = /^\[([^\]]*)\]\s*(.*)$/.exec(text);
  if (!styled) return { type: 'line', line, styles: ['justify', 'indent'], text };
  const words = styled[1]!.trim().split(/\s+/).filter(Boolean);
  const body = styled[2] ?? '';
  if (words.length === 1 && words[0] === 'blank') return { type: 'blank', line };
  if (words.length === 1 && words[0] === 'signature') {
    const [post, name] = body.split('|').map((part) => part.trim());
    if (!post || !name) throw templateError(file, line, 'Expected [signature] post | name');
    return { type: 'signature', line, post, name };
  }
  for (const word of words) {
    if (!(STYLE_WORDS as readonly string[]).includes(word)) {
      throw templateError(
        file,
        line,
        `Unknown style «${word}»; expected one of ${STYLE_WORDS.join(', ')}, blank, signature`,
      );
    }
  }
  return { type: 'line', line, styles: words as StyleWord[], text: body };
}

/** Every placeholder in a piece of template text. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1]!.trim());
}

type Scope = Map<string, Shape[string]>;

/**
 * Checks every placeholder, condition and loop against the shape of the data, so a typo or a
 * field that may be missing is reported with file and line when the template is loaded.
 */
export function checkTemplate(template: Template, shape: Shape): void {
  const scope: Scope = new Map(Object.entries(shape));
  walk(template.nodes, scope, new Set(), template.file);
}

function resolve(path: string, scope: Scope): Shape[string] | undefined {
  const [head, ...rest] = path.split('.');
  let current: Shape[string] | undefined = scope.get(head!);
  for (const key of rest) {
    if (current === undefined || typeof current === 'string' || Array.isArray(current))
      return undefined;
    current = current[key];
  }
  return current;
}

function walk(nodes: TemplateNode[], scope: Scope, guarded: Set<string>, file: string): void {
  for (const node of nodes) {
    if (node.type === 'blank') continue;
    if (node.type === 'if') {
      if (resolve(node.path, scope) === undefined) {
        throw templateError(file, node.line, `Unknown field «${node.path}» in {{#if}}`);
      }
      walk(node.whenTrue, scope, new Set([...guarded, node.path]), file);
      walk(node.whenFalse, scope, guarded, file);
      continue;
    }
    if (node.type === 'each') {
      const list = resolve(node.path, scope);
      if (!Array.isArray(list))
        throw templateError(
          file,
          node.line,
          `«${node.path}» is not a list, so it cannot be used in {{#each}}`,
        );
      const inner: Scope = new Map(scope);
      inner.set(node.alias, list[0]);
      walk(node.body, inner, guarded, file);
      continue;
    }
    const texts = node.type === 'signature' ? [node.post, node.name] : [node.text];
    for (const path of texts.flatMap(placeholdersIn)) {
      const kind = resolve(path, scope);
      if (kind === undefined)
        throw templateError(file, node.line, `Unknown placeholder {{${path}}}`);
      if (kind !== 'text' && kind !== 'optional') {
        throw templateError(file, node.line, `{{${path}}} is a group of fields, not a text`);
      }
      if (kind === 'optional' && !guarded.has(path)) {
        throw templateError(
          file,
          node.line,
          `{{${path}}} may be missing; wrap the line in {{#if ${path}}}`,
        );
      }
    }
  }
}
