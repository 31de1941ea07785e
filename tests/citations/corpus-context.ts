import { readFileSync } from 'node:fs';
import type { CitationContext, CitationLang, CitationRegistry } from '../../src/citations/index.js';
import { sharedDir } from '../helpers/shared.js';
import { fakeRegistry } from './fake-registry.js';

/** Article headings of a law text: `### Статья 2-1.`, `### 2-1-бап.`, `**Статья 89**`, `**89-бап**`. */
const HEADING = /^(?:#{2,4} |\*\*)(?:Статья (\d+(?:-\d+)*)|(\d+(?:-\d+)*)[- ]бап)(?![\p{L}\d])/gmu;

export interface ArticleSpan {
  num: string;
  start: number;
  end: number;
}

/** Splits a law text into articles by their headings (the text before the first heading is dropped). */
export function articleSpans(text: string): ArticleSpan[] {
  const heads = [...text.matchAll(HEADING)].map((m) => ({ num: (m[1] ?? m[2])!, start: m.index }));
  return heads.map((h, i) => ({
    num: h.num,
    start: h.start,
    end: heads[i + 1]?.start ?? text.length,
  }));
}

function unitAtFrom(spans: ArticleSpan[]): (offset: number) => { article?: string } | undefined {
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    let found: ArticleSpan | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start <= offset) {
        found = spans[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found ? { article: found.num } : undefined;
  };
}

/** What is known about each corpus file: the act it is, the date of its edition, its language. */
const FILES: Record<string, { self: string | null; date: string | null }> = {
  'laws/law-148-II': { self: '/akn/kz/act/2001-01-23/148-ii', date: '2026-07-14' },
  'laws/constitution-1995': { self: '/akn/kz/act/1995-08-30/constitution', date: '2026-06-30' },
  'laws/constitution-2026': { self: '/akn/kz/act/2026-03-15/constitution', date: '2026-07-01' },
};

export function langOfFile(file: string): CitationLang | undefined {
  if (file.endsWith('.kk.md')) return 'kk';
  if (file.endsWith('.ru.md')) return 'ru';
  return undefined;
}

/** Reads a corpus file as the extractor expects it (NBSP → space keeps every offset). */
export function readCorpusText(file: string): string {
  return readFileSync(`${sharedDir}corpus/${file}`, 'utf8').replace(/\u00a0/g, ' ');
}

export function contextFor(
  file: string,
  text: string,
  registry: CitationRegistry,
): CitationContext {
  const known = Object.entries(FILES).find(([prefix]) => file.startsWith(prefix))?.[1];
  const lang = langOfFile(file);
  return {
    ...(lang ? { lang } : {}),
    registry,
    documentDate: known?.date ?? null,
    selfActId: known?.self ?? null,
    ...(known ? { unitAt: unitAtFrom(articleSpans(text)) } : {}),
  };
}

/**
 * The acts registry: the real one from `src/citations/registry` when it is there, otherwise the
 * small in-test fake built from the law texts.
 */
export async function loadCitationRegistry(): Promise<{
  registry: CitationRegistry;
  source: string;
}> {
  try {
    const path = '../../src/citations/registry/index.js';
    const mod = (await import(path)) as { loadRegistry?: () => CitationRegistry };
    if (mod.loadRegistry) return { registry: mod.loadRegistry(), source: 'src/citations/registry' };
  } catch {}
  return {
    registry: fakeRegistry(),
    source: 'tests/citations/fake-registry (registry not available)',
  };
}
