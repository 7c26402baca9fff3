/**
 * What a script can rely on: each failure class has its own exit code, documented in `cercle --help`
 * and the README. Commander's own usage errors exit 1, which is why 1 means "usage".
 */
export const ExitCode = {
  ok: 0,
  /** Bad arguments or input: unknown option, missing file, bad CSV header, no configuration. */
  usage: 1,
  /** The API answered with a refusal: 4xx (unknown community, revoked or read-only token…). */
  refused: 2,
  /** The API could not be reached, timed out, or failed on its side (5xx). */
  unreachable: 3,
  /** Done in part: some CSV lines rejected, some resends refused, or doctor found a problem. */
  partial: 4,
  /** Something the CLI did not expect (a bug: the message and its stack are printed). */
  internal: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the CLI reports to the user as it is (already in their language), then exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** Machine-readable reason, e.g. the API's `token-revoked`, or the CLI's own `file-not-found`. */
    readonly code: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
