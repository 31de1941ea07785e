/** The exit codes every kazlex command uses. */
export const ExitCode = {
  OK: 0,
  /** Some inputs failed; the rest were processed. */
  SOME_FAILED: 1,
  /** The command line itself was wrong. */
  USAGE: 2,
} as const;
