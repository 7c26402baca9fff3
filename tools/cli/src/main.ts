import { CommanderError } from 'commander';
import type { Context } from './context';
import { contextFor } from './context';
import { CliError, ExitCode } from './exit-codes';
import { buildProgram } from './program';
import { languageOf } from './text/text';
import { usageMessage } from './usage-errors';

/** Runs one command line and answers its exit code (see ExitCode); nothing here calls process.exit. */
export async function main(argv: string[]): Promise<number> {
  const language = languageOf(argv.slice(2), process.env);
  let ctx: Context | null = null;
  const program = buildProgram(language, (c) => (ctx = c));
  const json = argv.includes('--json');
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? ExitCode.ok);
  } catch (error) {
    const out = (ctx ?? contextFor({ json }, language)).out;
    if (error instanceof CommanderError) {
      // --help and --version end here with 0; `cercle` alone shows the help and answers 1.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
      if (error.code === 'commander.help' || error.code === 'commander.executeSubCommandAsync') return ExitCode.usage;
      out.error(new CliError(usageMessage(error, language), ExitCode.usage, error.code));
      return ExitCode.usage;
    }
    if (error instanceof CliError) {
      out.error(error);
      return error.exitCode;
    }
    out.error(new CliError(`${(error as Error).stack ?? String(error)}`, ExitCode.internal, 'internal'));
    return ExitCode.internal;
  }
}
