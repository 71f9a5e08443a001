/**
 * The exit codes of the command line, as a script reads them: 0 done, 1 the input cannot be used
 * (a file that cannot be read or written, invalid JSON or CSV, an invalid cohort), 2 the command
 * line itself is wrong (the command's help follows), 70 a bug (sysexits' `EX_SOFTWARE`).
 *
 * @example
 * process.exitCode = EXIT.usage; // 2
 * @category CLI
 */
export const EXIT = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  internal: 70,
} as const;

/** One of the {@link EXIT} codes. @category CLI */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
