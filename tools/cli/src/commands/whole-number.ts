import type { Context } from '../context';
import { CliError, ExitCode } from '../exit-codes';

/** A count or a number of minutes given on the command line, refused before any request if it is not one. */
export function wholeNumber(ctx: Context, option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new CliError(ctx.text.errors.invalidOption(option, value, '1, 2, 3…'), ExitCode.usage, 'invalid-option');
  return Number(value);
}
