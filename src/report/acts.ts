/**
 * How the report names and groups what citations point at: the act (work
 * IRI) behind a citation, a short label for it, and the provision within it.
 */
import type { SourceCitation } from '../pipeline/cite-document.js';

/** The work IRI of a provision IRI: `/akn/kz/act/1995-08-30/constitution/~art_89` → `…/constitution`. */
export function workIriOf(target: string): string {
  const cut = target.indexOf('/~');
  return cut === -1 ? target : target.slice(0, cut);
}

/** The Akoma Ntoso eId of a provision IRI, or null for a whole work. */
export function eIdOf(target: string): string | null {
  const cut = target.indexOf('/~');
  return cut === -1 ? null : target.slice(cut + 2);
}

/**
 * Registry ids (`constitution-1995`) seen with a resolved target, mapped to
 * that target's work IRI, so a citation whose pin did not resolve still
 * counts for the same act.
 */
export function learnActIris(
  citations: Iterable<Pick<SourceCitation, 'act' | 'target'>>,
  known: Map<string, string> = new Map(),
): Map<string, string> {
  for (const citation of citations) {
    if (citation.target && citation.act?.id && !citation.act.id.startsWith('/')) {
      if (!known.has(citation.act.id)) known.set(citation.act.id, workIriOf(citation.target));
    }
  }
  return known;
}

/** The key the report groups a citation's act under, or null when no act was identified. */
export function actKeyOf(
  citation: Pick<SourceCitation, 'act' | 'target'>,
  actIris: ReadonlyMap<string, string>,
): string | null {
  if (citation.target) return workIriOf(citation.target);
  const id = citation.act?.id;
  if (!id) return null;
  return actIris.get(id) ?? id;
}

const TYPE_LABELS: Readonly<Record<string, string>> = {
  constitution: 'Constitution',
  'constitutional-law': 'Constitutional law',
  code: 'Code',
  law: 'Law',
  decree: 'Decree',
  resolution: 'Resolution',
  order: 'Order',
  decision: 'Decision',
};

/**
 * A short label for an act: `Constitution 1995`, `Law № 148-II (2001-01-23)`;
 * the title or the key itself when the citation says too little.
 */
export function actLabelOf(key: string, act: SourceCitation['act']): string {
  const fromIri = /^\/akn\/kz\/act\/(\d{4})-(\d{2})-(\d{2})\/([^/]+)$/u.exec(key);
  const type = act?.type ?? null;
  if (type === 'constitution') {
    const year = fromIri?.[1] ?? act?.date?.slice(0, 4);
    return year ? `Constitution ${year}` : 'Constitution';
  }
  const typeLabel = type ? (TYPE_LABELS[type] ?? type) : 'Act';
  const number = act?.number ?? (fromIri ? fromIri[4]?.toUpperCase() : null);
  const date = act?.date ?? (fromIri ? `${fromIri[1]}-${fromIri[2]}-${fromIri[3]}` : null);
  if (number) return `${typeLabel} № ${number}${date ? ` (${date})` : ''}`;
  if (act?.title) return act.title;
  return key;
}

/** `art. 89 para. 1` for a pin; empty when the pin names no article. */
export function pinLabel(pin: SourceCitation['pins'][number]): string {
  return [
    pin.section && `sect. ${pin.section}`,
    pin.chapter && `ch. ${pin.chapter}`,
    pin.article && `art. ${pin.article}`,
    pin.paragraph && `para. ${pin.paragraph}`,
    pin.subparagraph && `subpara. ${pin.subparagraph}`,
  ]
    .filter(Boolean)
    .join(' ');
}
