/** A mistake in the command line: said in one line, without a stack trace, and nothing is started. */
export class UsageError extends Error {}
