import type { StructureUnit } from '../units/types.js';

export type DefinitionKind = 'numbered' | 'inline' | 'alias';

export interface Definition {
  /** The defined term and where it sits; offsets are UTF-16, ends exclusive. */
  term: { start: number; end: number; text: string };
  /** The defining text (for an alias: the full name it stands for). */
  definition: { start: number; end: number };
  lang: 'kk' | 'ru';
  kind: DefinitionKind;
  /** 0–1: how sure the cue makes us that this is a definition. */
  confidence: number;
}

export interface FindDefinitionsOptions {
  /** Only use this language's cues; both when absent. */
  lang?: 'kk' | 'ru' | undefined;
  /** The structure of `text` when already parsed (saves a second parse). */
  units?: StructureUnit[] | undefined;
}
