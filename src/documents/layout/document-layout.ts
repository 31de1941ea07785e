import { buildDecisionContext } from '../context/decision-context.js';
import { buildMinutesContext } from '../context/minutes-context.js';
import { defaultTemplatesDir, documentsDataDir } from '../data-files.js';
import { type Lang, NBSP } from '../format.js';
import { type ActsRegistry, getDefaultActsRegistry } from '../legal-basis/registry.js';
import type { DocumentModel } from '../schema.js';
import { loadTemplate } from '../templates/load.js';
import { renderTemplate } from '../templates/render.js';
import {
  type Block,
  type DocumentLayout,
  keepSignaturesWithText,
  mergeSignatures,
} from './blocks.js';

export interface LayoutOptions {
  lang: Lang;
  templatesDir?: string | undefined;
  registry?: ActsRegistry | undefined;
}

/** Model → template → blocks: the one place both renderers get their content from. */
export function layoutDocument(doc: DocumentModel, options: LayoutOptions): DocumentLayout {
  const { lang } = options;
  const template = loadTemplate({
    kind: doc.kind,
    lang,
    templatesDir: options.templatesDir ?? defaultTemplatesDir,
  });
  const context =
    doc.kind === 'decision'
      ? buildDecisionContext(
          doc,
          lang,
          options.registry ?? getDefaultActsRegistry(documentsDataDir),
        )
      : buildMinutesContext(doc, lang);
  const blocks = keepSignaturesWithText(
    mergeSignatures(renderTemplate(template, context).map(tidyBlock)),
  );
  return { title: documentTitle(doc, lang), lang, blocks };
}

function tidyBlock(block: Block): Block {
  const tidy = (text: string) =>
    text
      .replace(/№ (?=\S)/g, `№${NBSP}`)
      .replace(/ {2,}/g, ' ')
      .trim();
  return block.type === 'paragraph'
    ? { ...block, text: tidy(block.text) }
    : { ...block, rows: block.rows.map((row) => ({ post: tidy(row.post), name: tidy(row.name) })) };
}

/** The PDF/DOCX title metadata: the decision title, or the minutes number and body. */
export function documentTitle(doc: DocumentModel, lang: Lang): string {
  if (doc.kind === 'decision') return doc.title[lang];
  return `${lang === 'kk' ? 'Хаттама' : 'Протокол'} №${NBSP}${doc.number} – ${doc.body[lang]}`;
}
