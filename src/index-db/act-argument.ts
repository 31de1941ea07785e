/**
 * What the user typed for an act (`law-148-ii`, `/akn/kz/act/2001-01-23/148-ii`,
 * `148-II`, `№ 148`) as the act ids and work IRIs stored in `citations`.
 */
import type { Registry } from '../citations/registry/index.js';

export interface ActKeys {
  /** Values of `citations.act_id` that mean this act. */
  ids: string[];
  /** The act's work IRIs; also `citations.act_id` of rows citing a document by its own IRI. */
  iris: string[];
}

export interface ResolveActOptions {
  registry: Pick<Registry, 'acts' | 'byId' | 'byNumber'>;
}

/**
 * A registry id or IRI names one act; a number may name several (`148`
 * without its convocation suffix). Anything else is kept as typed, so a
 * document's own IRI (`/akn/kz/doc/…`) or an id missing from the registry
 * still matches the rows that carry it.
 */
export function resolveActArgument(argument: string, options: ResolveActOptions): ActKeys {
  const wanted = argument.trim();
  const { registry } = options;
  const byId = registry.byId(wanted) ?? registry.byId(wanted.toLowerCase());
  if (byId) return { ids: [byId.id], iris: [byId.iri] };
  if (wanted.startsWith('/')) {
    const work = wanted.split('/~')[0] ?? wanted;
    const act = registry.acts.find((candidate) => candidate.iri === work);
    return { ids: act ? [act.id, work] : [work], iris: [work] };
  }
  const byNumber = registry.byNumber(wanted);
  if (byNumber.length > 0) {
    return { ids: byNumber.map((act) => act.id), iris: byNumber.map((act) => act.iri) };
  }
  return { ids: [wanted], iris: [wanted] };
}
