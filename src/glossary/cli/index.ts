/** The glossary's command line: `kazlex glossary <sub>` and `kazlex check`. */
export { type BuildOptions, type BuildSummary, buildGlossary } from './build.js';
export {
  type CheckFinding,
  type CheckFlags,
  checkCommand,
  registerCheckCommand,
} from './check-command.js';
export {
  findConflicts,
  type GlossaryConflicts,
  nonStandardVariants,
  type VariantConflict,
} from './conflicts.js';
export { registerGlossaryCommands, statusPatch } from './glossary-commands.js';
export { DEFAULT_DB, type GlossaryFlags } from './io.js';
export { queryKeys, type SearchOptions, searchInflected } from './search.js';
