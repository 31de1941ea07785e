/**
 * Collects the acts that the notes (`Сноска`/`Ескерту`, `Примечание`/`Ескертпе`) of the law texts
 * name with a date and number (the amending laws of Law 148-II and of the 1995 Constitution, the
 * normative resolutions of the Constitutional Court) and writes them to data/acts/notes.generated.json.
 *
 *   npx tsx scripts/derive-cited-acts.ts [--laws DIR] [--out FILE]
 *
 * Kinds come from the wording of the notes; where the Kazakh and Russian notes disagree the more
 * specific kind wins (constitutional law over law) and the disagreement is printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  actKey,
  type CitedAct,
  canonicalNumber,
  citedActId,
  citedActIri,
  findCitedActs,
  numberVariants,
} from '../src/citations/registry/derive/cited-acts.js';
import type { ActFile, ActInput } from '../src/citations/registry/schema.js';
import type { ActType } from '../src/citations/registry/types.js';

const FILES = [
  { file: 'law-148-II.ru.md', lang: 'ru' },
  { file: 'law-148-II.kk.md', lang: 'kk' },
  { file: 'constitution-1995.ru.md', lang: 'ru' },
  { file: 'constitution-1995.kk.md', lang: 'kk' },
  { file: 'constitution-2026.ru.md', lang: 'ru' },
  { file: 'constitution-2026.kk.md', lang: 'kk' },
] as const;

function argValue(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const lawsDir = argValue(
  '--laws',
  fileURLToPath(new URL('../../shared/corpus/laws/', import.meta.url)),
);
const outFile = argValue(
  '--out',
  fileURLToPath(new URL('../data/acts/notes.generated.json', import.meta.url)),
);

/** `законами РК от A; …` may list an act another note calls a constitutional law: the narrower kind wins. */
const SPECIFICITY: ActType[] = ['law', 'code', 'constitutional-law'];
function moreSpecific(a: ActType | null, b: ActType | null): ActType | null {
  if (!a || !b) return a ?? b;
  return SPECIFICITY.indexOf(b) > SPECIFICITY.indexOf(a) ? b : a;
}

const merged = new Map<string, CitedAct>();
/** Russian notes name the kind of each act; Kazakh ones often only of the last in a list. */
const kinds = new Map<string, { ru: ActType | null; kk: ActType | null }>();
for (const { file, lang } of FILES) {
  const text = readFileSync(`${lawsDir}/${file}`, 'utf8');
  for (const act of findCitedActs(text, lang, file)) {
    const key = actKey(act.date, act.writtenNumbers[0] ?? null, act.type);
    const kind = kinds.get(key) ?? { ru: null, kk: null };
    kind[lang] = moreSpecific(kind[lang], act.type);
    kinds.set(key, kind);
    const known = merged.get(key);
    if (!known) {
      merged.set(key, act);
      continue;
    }
    known.issuer ??= act.issuer;
    for (const n of act.writtenNumbers)
      if (!known.writtenNumbers.includes(n)) known.writtenNumbers.push(n);
    for (const [where, count] of act.mentions)
      known.mentions.set(where, (known.mentions.get(where) ?? 0) + count);
  }
}
const conflicts: string[] = [];
for (const [key, act] of merged) {
  const kind = kinds.get(key)!;
  if (kind.ru && kind.kk && kind.ru !== kind.kk)
    conflicts.push(`${key}: ru ${kind.ru}, kk ${kind.kk} (kept ru)`);
  act.type = kind.ru ?? kind.kk;
}

const acts: ActInput[] = [];
let untyped = 0;
for (const act of merged.values()) {
  // Only a few Kazakh notes end without naming the kind; all acts in these notes are laws unless said otherwise.
  if (!act.type) untyped++;
  const type: ActType = act.type ?? 'law';
  const number = canonicalNumber(act.writtenNumbers);
  const mentions = [...act.mentions].map(([where, count]) => `${where} ×${count}`).join('; ');
  acts.push({
    id: citedActId(type, act.date, number, act.issuer),
    iri: citedActIri(type, act.date, number, act.issuer),
    type,
    ...(act.issuer ? { issuer: act.issuer } : {}),
    number,
    numberVariants: numberVariants(number, act.writtenNumbers),
    date: act.date,
    titles: { kk: [], ru: [] },
    aliases: { kk: [], ru: [] },
    expressions: [],
    source: `number and date from ${mentions}${act.type ? '' : '; kind not named in the notes, taken as law'}`,
  });
}
acts.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));

const output: ActFile = {
  description:
    'Acts named with their date and number in the notes of the law texts in corpus/laws.',
  generatedBy: 'scripts/derive-cited-acts.ts',
  acts,
};
writeFileSync(outFile, `${JSON.stringify(output, null, 2)}\n`);
const byType = new Map<string, number>();
for (const act of acts) byType.set(act.type, (byType.get(act.type) ?? 0) + 1);
console.log(
  `${acts.length} acts (${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')}); ${untyped} untyped`,
);
for (const conflict of conflicts) console.log(`  kind conflict ${conflict}`);
