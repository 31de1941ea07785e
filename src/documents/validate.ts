import type { z } from 'zod';
import { documentsDataDir } from './data-files.js';
import { type ActsRegistry, getDefaultActsRegistry } from './legal-basis/registry.js';
import { checkDecision } from './rules/decision-rules.js';
import { checkMinutes } from './rules/minutes-rules.js';
import { type DocumentModel, documentSchema } from './schema.js';
import type { ValidationIssue } from './validation-issue.js';

export interface ValidateOptions {
  /** Acts used to check the legal basis; defaults to data/documents/acts-minimal.json. */
  registry?: ActsRegistry;
}

/** Checks the shape with the schema, then the cross-field rules; every issue names its field. */
export function validateDocumentData(
  data: unknown,
  options: ValidateOptions = {},
): { ok: true; doc: DocumentModel } | { ok: false; issues: ValidationIssue[] } {
  const parsed = documentSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(describeZodIssue) };
  const doc = parsed.data;
  const registry = options.registry ?? getDefaultActsRegistry(documentsDataDir);
  const issues = doc.kind === 'decision' ? checkDecision(doc, registry) : checkMinutes(doc);
  return issues.length ? { ok: false, issues } : { ok: true, doc };
}

function describeZodIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = issue.path.map(String).join('.');
  const field = `Field «${path || '(document)'}»`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { path, message: `${field} is missing.` };
      return {
        path,
        message: `${field} must be ${article(issue.expected)}, not ${describeValue(issue.input)}.`,
      };
    case 'too_small':
      if (issue.origin === 'string') return { path, message: `${field} must not be empty.` };
      if (issue.origin === 'array') {
        return {
          path,
          message: `${field} must have at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}.`,
        };
      }
      return { path, message: `${field} must be at least ${issue.minimum}.` };
    case 'too_big':
      return { path, message: `${field} must be at most ${issue.maximum}.` };
    case 'invalid_value':
      return {
        path,
        message: `${field} must be one of ${issue.values.map((v) => `«${String(v)}»`).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return {
        path,
        message: `${field} has unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `«${k}»`).join(', ')}.`,
      };
    case 'invalid_union':
      if (issue.discriminator) {
        return {
          path: path || issue.discriminator,
          message: `Field «${issue.discriminator}» must be one of «decision», «session-minutes», «assembly-minutes», «gathering-minutes».`,
        };
      }
      return { path, message: `${field} has the wrong shape: ${describeUnion(issue)}.` };
    default:
      return { path, message: `${field} ${issue.message}.` };
  }
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion): string {
  const first = issue.errors[0]?.[0];
  return first
    ? `${first.path.length ? `${first.path.join('.')}: ` : ''}${first.message}`
    : 'no alternative matched';
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a mapping of fields';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text «${value}»`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}
