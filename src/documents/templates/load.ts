import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, KazlexError } from '../../errors.js';
import type { Lang } from '../format.js';
import type { DocumentKind } from '../schema.js';
import { checkTemplate, parseTemplate } from './parse.js';
import { shapeFor } from './shapes.js';
import type { Template } from './types.js';

const cache = new Map<string, Template>();

/** `templates/<kind>.<lang>.tpl`, parsed and checked against the kind's data shape; cached per path. */
export function loadTemplate(options: {
  kind: DocumentKind;
  lang: Lang;
  templatesDir: string;
}): Template {
  const file = join(options.templatesDir, `${options.kind}.${options.lang}.tpl`);
  const cached = cache.get(file);
  if (cached) return cached;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new KazlexError(ErrorCode.NOT_FOUND, `Template not found: ${file}`, { file, cause });
  }
  const template = parseTemplate(source, file);
  checkTemplate(template, shapeFor(options.kind));
  cache.set(file, template);
  return template;
}
