/**
 * `glossary build`: candidate concepts from a folder of laws. Parallel
 * versions (`name.kk.md` beside `name.ru.md`) have their numbered definition
 * lists aligned by number and checked by content (src/glossary/align); other
 * files give one-language candidates from their definitions
 * (src/glossary/candidates). Everything enters as `candidate`; a term already
 * in the base is not added twice.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { alignDefinitionLists, numberedDefinitions } from '../align/index.js';
import { extractCandidates } from '../candidates/index.js';
import {
  type ConceptInput,
  type Language,
  type TermBase,
  termTextKey,
  WorkflowStatus,
} from '../termbase/index.js';

export interface BuildOptions {
  dir: string;
  by: string;
}

export interface BuildSummary {
  files: number;
  pairs: number;
  added: number;
  skipped: number;
}

interface LawFile {
  file: string;
  stem: string;
  lang: 'kk' | 'ru';
}

export async function buildGlossary(tb: TermBase, options: BuildOptions): Promise<BuildSummary> {
  const laws = await findLawFiles(options.dir);
  const byStem = new Map<string, Partial<Record<'kk' | 'ru', LawFile>>>();
  for (const law of laws) byStem.set(law.stem, { ...byStem.get(law.stem), [law.lang]: law });
  const summary: BuildSummary = { files: laws.length, pairs: 0, added: 0, skipped: 0 };
  const known = new Set(
    tb.listConcepts().flatMap((c) => c.terms.map((t) => termKey(t.lang, t.text))),
  );
  const add = (input: ConceptInput) => {
    const fresh = input.terms.filter((t) => !known.has(termKey(t.lang, t.text)));
    if (fresh.length < input.terms.length) {
      summary.skipped++;
      return;
    }
    tb.addConcept(input, options.by);
    for (const t of input.terms) known.add(termKey(t.lang, t.text));
    summary.added++;
  };
  for (const versions of byStem.values()) {
    const { kk, ru } = versions;
    if (kk !== undefined && ru !== undefined) {
      summary.pairs++;
      for (const concept of await alignedConcepts(options.dir, kk, ru)) add(concept);
    } else {
      for (const law of [kk, ru]) {
        if (law !== undefined)
          for (const concept of await definitionConcepts(options.dir, law)) add(concept);
      }
    }
  }
  return summary;
}

function termKey(lang: Language, text: string): string {
  return `${lang}\u0000${termTextKey(text)}`;
}

async function findLawFiles(dir: string): Promise<LawFile[]> {
  const files = await fg(['**/*.{kk,ru}.{md,txt}'], { cwd: dir, onlyFiles: true });
  return files.sort().map((file) => {
    const match = /^(.*)\.(kk|ru)\.(md|txt)$/u.exec(file);
    return { file, stem: match?.[1] ?? file, lang: match?.[2] === 'ru' ? 'ru' : 'kk' };
  });
}

async function alignedConcepts(dir: string, kk: LawFile, ru: LawFile): Promise<ConceptInput[]> {
  const [kkText, ruText] = await Promise.all([
    readFile(path.join(dir, kk.file), 'utf8'),
    readFile(path.join(dir, ru.file), 'utf8'),
  ]);
  const kkItems = numberedDefinitions(kkText, { lang: 'kk' });
  const ruItems = numberedDefinitions(ruText, { lang: 'ru' });
  const source = (law: LawFile, text: string, term: string) => {
    const item = (law.lang === 'kk' ? kkItems : ruItems).find(
      (d) => d.term === term || d.alias === term,
    );
    return item === undefined
      ? { document: law.file }
      : {
          document: law.file,
          start: item.start,
          end: item.end,
          sentence: text.slice(item.start, item.end).slice(0, 300),
        };
  };
  return alignDefinitionLists(kkItems, ruItems).map((pair) => {
    const kkItem = kkItems.find((d) => d.term === pair.kk);
    const ruItem = ruItems.find((d) => d.term === pair.ru);
    return {
      definitions: {
        ...(kkItem ? { kk: kkItem.definition.trim() } : {}),
        ...(ruItem ? { ru: ruItem.definition.trim() } : {}),
      },
      note: `aligned ${pair.score.toFixed(2)}: ${pair.evidence.map((e) => `${e.kind} ${e.detail}`).join('; ')}`,
      terms: [
        {
          lang: 'kk',
          text: pair.kk,
          workflowStatus: WorkflowStatus.CANDIDATE,
          sources: [source(kk, kkText, pair.kk)],
        },
        {
          lang: 'ru',
          text: pair.ru,
          workflowStatus: WorkflowStatus.CANDIDATE,
          sources: [source(ru, ruText, pair.ru)],
        },
      ],
    };
  });
}

async function definitionConcepts(dir: string, law: LawFile): Promise<ConceptInput[]> {
  const text = await readFile(path.join(dir, law.file), 'utf8');
  const candidates = extractCandidates(
    { id: law.file, text, lang: law.lang },
    { kinds: ['definition'] },
  );
  return candidates.map((candidate) => ({
    definitions: candidate.definition === undefined ? {} : { [law.lang]: candidate.definition },
    terms: [
      {
        lang: law.lang,
        text: candidate.term,
        workflowStatus: WorkflowStatus.CANDIDATE,
        sources: candidate.sources.slice(0, 5).map((s) => ({
          document: s.document,
          start: s.start,
          end: s.end,
          sentence: s.sentence,
        })),
      },
    ],
  }));
}
