/** Kept in step with package.json by a test; recorded in every output so stale results can be told apart. */
export const VERSION = '0.3.0';
export const TOOL = 'kazlex';
