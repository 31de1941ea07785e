import { buildDocx } from './docx/build-docx.js';
import type { Lang } from './format.js';
import { layoutDocument } from './layout/document-layout.js';
import { type LayoutSpecOptions, resolveLayoutSpec } from './layout/spec.js';
import type { ActsRegistry } from './legal-basis/registry.js';
import { buildPdf } from './pdf/render-pdf.js';
import type { DocumentModel } from './schema.js';

export interface RenderOptions {
  lang: Lang;
  /** Folder with `<kind>.<lang>.tpl`; defaults to the project's `templates/`. */
  templatesDir?: string;
  /** Margins and other page settings; defaults to A4, L30/R15/T20/B20 mm. */
  layout?: LayoutSpecOptions;
  registry?: ActsRegistry;
}

/** DOCX bytes of a validated document; nothing is written, so a failure leaves no file. */
export async function renderDocx(doc: DocumentModel, options: RenderOptions): Promise<Uint8Array> {
  const layout = layoutDocument(doc, options);
  return buildDocx(layout, resolveLayoutSpec(options.layout));
}

/** PDF bytes of a validated document, laid out line for line like the DOCX. */
export async function renderPdf(doc: DocumentModel, options: RenderOptions): Promise<Uint8Array> {
  const layout = layoutDocument(doc, options);
  return buildPdf(layout, resolveLayoutSpec(options.layout), {
    creationDate: new Date(`${doc.date}T00:00:00Z`),
  });
}

/** `decision_71-VIII_2023-12-26.kk.pdf`: kind, number and date, safe on every file system. */
export function outputFileName(doc: DocumentModel, lang: Lang, format: 'docx' | 'pdf'): string {
  const number = doc.number.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '');
  return `${doc.kind}_${number}_${doc.date}.${lang}.${format}`;
}
