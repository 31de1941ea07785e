import { z } from 'zod';
import { WORK_IRI } from './iri.js';
import { ActType } from './types.js';

/** Shapes of the JSON files in data/acts/: act files (`*.json`) and generated article tables (`articles/*.json`). */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const nonEmpty = z.string().min(1);

export const titleVersionSchema = z.strictObject({
  text: nonEmpty,
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  source: nonEmpty.optional(),
});

const articleChangeSchema = z.strictObject({ date: isoDate, number: nonEmpty.nullable() });

export const articleEntrySchema = z.strictObject({
  num: z.string().regex(/^\d+(?:-\d+)*$/, 'expected an article number such as 39-3'),
  heading: z.strictObject({ kk: nonEmpty.optional(), ru: nonEmpty.optional() }),
  paragraphs: z.array(z.string().regex(/^\d+(?:-\d+)*$/)).optional(),
  subparagraphs: z
    .record(z.string().regex(/^(?:\d+(?:-\d+)*)?$/), z.array(z.string().regex(/^\d+(?:-\d+)*$/)))
    .optional(),
  inserted: articleChangeSchema.optional(),
  repealed: z.union([articleChangeSchema, z.literal(true)]).optional(),
});

/** In an act file an expression either lists its articles or names a generated table in `articles/`. */
export const expressionInputSchema = z
  .strictObject({
    id: nonEmpty,
    validFrom: isoDate.nullable(),
    validTo: isoDate.nullable(),
    articleTable: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    articles: z.array(articleEntrySchema).optional(),
  })
  .refine((e) => !(e.articleTable && e.articles), 'give either articleTable or articles, not both');

export const actInputSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  iri: z.string().regex(WORK_IRI, 'expected an Akoma Ntoso work IRI'),
  type: z.enum(Object.values(ActType) as [ActType, ...ActType[]]),
  issuer: nonEmpty.optional(),
  number: nonEmpty.nullable(),
  numberVariants: z.array(nonEmpty),
  date: isoDate.nullable(),
  titles: z.strictObject({ kk: z.array(titleVersionSchema), ru: z.array(titleVersionSchema) }),
  aliases: z.strictObject({ kk: z.array(nonEmpty), ru: z.array(nonEmpty) }),
  expressions: z.array(expressionInputSchema),
  source: nonEmpty,
});

export const actFileSchema = z.strictObject({
  description: nonEmpty,
  generatedBy: nonEmpty.optional(),
  acts: z.array(actInputSchema),
});

export const articleTableSchema = z.strictObject({
  act: nonEmpty,
  generatedBy: nonEmpty,
  sources: z.strictObject({
    kk: z.strictObject({ file: nonEmpty, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    ru: z.strictObject({ file: nonEmpty, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  }),
  /** Differences between the kk and ru texts found while deriving the table. */
  mismatches: z.array(nonEmpty),
  articles: z.array(articleEntrySchema),
});

export type ActInput = z.infer<typeof actInputSchema>;
export type ActFile = z.infer<typeof actFileSchema>;
export type ArticleTable = z.infer<typeof articleTableSchema>;
