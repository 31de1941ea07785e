import { z } from 'zod';

const text = z.string().trim().min(1);

/** A text given in both languages; the model forces kk/ru parity by construction. */
export const bilingualSchema = z.strictObject({ kk: text, ru: text });

/** A person's name: one string for both languages, or `{kk, ru}` when the spelling differs. */
const personNameSchema = z
  .union([text, bilingualSchema])
  .transform((name) => (typeof name === 'string' ? { kk: name, ru: name } : name));

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD', abort: true })
  .refine((value) => isCalendarDate(value), { error: 'is not a real calendar date' });

const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written as HH:MM' });

/** Numbers such as `85` may arrive unquoted from YAML; they are kept as text. */
const numberTextSchema = z.union([text, z.number().int().nonnegative()]).transform(String);

const countSchema = z.number().int().min(0);

export const citationSchema = z.strictObject({
  act: text,
  article: z.string().trim().min(1).optional(),
  paragraph: z.string().trim().min(1).optional(),
  subparagraph: z.string().trim().min(1).optional(),
});

const pointSchema = z.strictObject({
  text: bilingualSchema,
  subpoints: z.array(bilingualSchema).default([]),
});

const appendixSchema = z.strictObject({
  title: bilingualSchema,
  paragraphs: z.array(bilingualSchema).min(1),
});

export const decisionSchema = z.strictObject({
  kind: z.literal('decision'),
  maslikhat: z.strictObject({
    /** Nominative: `Индер аудандық мәслихаты` / `Индерский районный маслихат`. */
    name: bilingualSchema,
    /** Genitive: `Индер аудандық мәслихатының` / `Индерского районного маслихата`. */
    genitive: bilingualSchema,
    /** Optional per-maslikhat check of the decision number, a regular expression. */
    numberPattern: z.string().min(1).optional(),
  }),
  date: isoDateSchema,
  number: numberTextSchema,
  place: bilingualSchema,
  registration: z
    .strictObject({
      /** kk locative `Павлодар облысының Әділет департаментінде`; ru instrumental `Департаментом юстиции Павлодарской области`. */
      authority: bilingualSchema,
      date: isoDateSchema,
      number: numberTextSchema,
    })
    .optional(),
  title: bilingualSchema,
  legalBasis: z.array(citationSchema).default([]),
  kkFormula: z.enum(['ШЕШІМ ҚАБЫЛДАДЫ', 'ШЕШТІ']).default('ШЕШІМ ҚАБЫЛДАДЫ'),
  points: z.array(pointSchema).min(1),
  control: z.boolean().default(false),
  entryIntoForce: z.union([z.enum(['ten-days-after-publication', 'on-adoption']), bilingualSchema]),
  signatory: z.strictObject({
    name: personNameSchema,
    /** Only to assert the post; it is derived from the date anyway. */
    post: bilingualSchema.optional(),
  }),
  appendices: z.array(appendixSchema).default([]),
});

const voteSchema = z.strictObject({
  for: countSchema,
  against: countSchema,
  abstained: countSchema,
});

const agendaItemSchema = z.strictObject({
  title: bilingualSchema,
  heard: z
    .strictObject({
      name: personNameSchema,
      post: bilingualSchema.optional(),
      topic: bilingualSchema.optional(),
    })
    .optional(),
  spoke: z.array(z.strictObject({ name: personNameSchema, text: bilingualSchema })).default([]),
  vote: voteSchema.optional(),
  adopted: z.boolean().optional(),
  decision: bilingualSchema.optional(),
});

const officerSchema = z.strictObject({ name: personNameSchema, post: bilingualSchema.optional() });

const minutesFields = {
  number: numberTextSchema,
  date: isoDateSchema,
  time: z.strictObject({ start: timeSchema, end: timeSchema.optional() }),
  place: bilingualSchema,
  /** The body in the genitive or as a heading: `Индер аудандық мәслихатының VIII шақырылған XII сессиясы`. */
  body: bilingualSchema,
  entitled: countSchema.min(1),
  present: countSchema,
  attendance: z.array(personNameSchema),
  invited: z.array(z.strictObject({ name: personNameSchema, post: bilingualSchema })).default([]),
  chair: officerSchema,
  secretary: officerSchema,
  agenda: z.array(agendaItemSchema).min(1),
};

export const sessionMinutesSchema = z.strictObject({
  kind: z.literal('session-minutes'),
  ...minutesFields,
});
export const assemblyMinutesSchema = z.strictObject({
  kind: z.literal('assembly-minutes'),
  ...minutesFields,
});
export const gatheringMinutesSchema = z.strictObject({
  kind: z.literal('gathering-minutes'),
  ...minutesFields,
});

export const documentSchema = z.discriminatedUnion('kind', [
  decisionSchema,
  sessionMinutesSchema,
  assemblyMinutesSchema,
  gatheringMinutesSchema,
]);

export type DocumentModel = z.output<typeof documentSchema>;
export type DecisionModel = z.output<typeof decisionSchema>;
export type MinutesModel = Exclude<DocumentModel, DecisionModel>;
export type DocumentKind = DocumentModel['kind'];
export type Bilingual = z.output<typeof bilingualSchema>;
export type AgendaItem = z.output<typeof agendaItemSchema>;

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}
