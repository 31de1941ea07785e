import { readFileSync } from 'node:fs';
import type { Lang } from '../format.js';

/** What the preamble needs to know about one act. */
export interface ActRecord {
  id: string;
  type: 'law' | 'code' | 'order' | 'decree' | 'resolution';
  date: string;
  number: string;
  title: Record<Lang, string>;
  /** Issuer in the genitive (orders): «Министра национальной экономики Республики Казахстан». */
  issuer?: Record<Lang, string>;
  registration?: { number: string };
  articles: ArticleRecord[];
}

export interface ArticleRecord {
  number: string;
  since?: string;
  until?: string;
  /** Current paragraph numbers; absent means "not listed", so paragraphs are not checked. */
  paragraphs?: string[];
  /** The paragraph list is known to hold only from this date. */
  paragraphsSince?: string;
}

/**
 * The reader interface the documents code uses. Today it is backed by
 * `data/documents/acts-minimal.json`; the acts registry in `data/acts/` can implement the
 * same two methods without touching the preamble or validation code.
 */
export interface ActsRegistry {
  findAct(id: string): ActRecord | undefined;
  /** `undefined` when the article (and paragraph, if given) exists on the date; else the reason. */
  checkProvision(
    cite: { act: string; article?: string; paragraph?: string },
    isoDate: string,
  ): string | undefined;
}

export function createActsRegistry(acts: readonly ActRecord[]): ActsRegistry {
  // Ids compare case-insensitively: data/acts spells `law-148-ii`, decisions often `law-148-II`.
  const byId = new Map(acts.map((act) => [act.id.toLowerCase(), act]));
  return {
    findAct: (id) => byId.get(id.toLowerCase()),
    checkProvision(cite, isoDate) {
      const act = byId.get(cite.act.toLowerCase());
      if (!act) return `the act «${cite.act}» is not in the acts registry`;
      if (isoDate < act.date)
        return `the act «${cite.act}» was adopted on ${act.date}, after ${isoDate}`;
      if (cite.article === undefined) return undefined;
      const article = act.articles.find((a) => a.number === cite.article);
      if (!article) return `article ${cite.article} does not exist in «${cite.act}»`;
      if (article.since && isoDate < article.since) {
        return `article ${cite.article} of «${cite.act}» is in force only from ${article.since}`;
      }
      if (article.until && isoDate >= article.until) {
        return `article ${cite.article} of «${cite.act}» lost force on ${article.until}`;
      }
      if (cite.paragraph === undefined || !article.paragraphs) return undefined;
      if (!article.paragraphs.includes(cite.paragraph)) {
        return `paragraph ${cite.paragraph} does not exist in article ${cite.article} of «${cite.act}»`;
      }
      if (article.paragraphsSince && isoDate < article.paragraphsSince) {
        return `paragraph ${cite.paragraph} of article ${cite.article} of «${cite.act}» is known only in the wording in force from ${article.paragraphsSince}`;
      }
      return undefined;
    },
  };
}

let defaultRegistry: ActsRegistry | undefined;

/** Registry from a JSON file shaped `{acts: ActRecord[]}`. */
export function loadActsRegistry(path: string): ActsRegistry {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { acts: ActRecord[] };
  return createActsRegistry(parsed.acts);
}

/** The registry used when the caller passes none: the minimal fixture in data/documents. */
export function getDefaultActsRegistry(dataDir: string): ActsRegistry {
  defaultRegistry ??= loadActsRegistry(`${dataDir}acts-minimal.json`);
  return defaultRegistry;
}
