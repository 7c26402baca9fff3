import { CliError } from './exit-codes';

/**
 * Everything the CLI prints goes through here. With `--json` stdout carries exactly one JSON document
 * (the result, or `{ "error": … }`) and nothing else; notes and progress go to stderr in both modes.
 */
export class Output {
  constructor(readonly json: boolean) {}

  /** The command's result: `human()` lines for people, `data` for scripts. */
  result(data: unknown, human: () => string | string[]): void {
    if (this.json) {
      process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      return;
    }
    const lines = human();
    process.stdout.write(`${Array.isArray(lines) ? lines.join('\n') : lines}\n`);
  }

  /** A note on the way (waiting for the services, a warning): never on stdout. */
  note(line: string): void {
    process.stderr.write(`${line}\n`);
  }

  error(error: CliError): void {
    if (this.json) {
      process.stdout.write(
        `${JSON.stringify({ error: { code: error.code, message: error.message, exitCode: error.exitCode, details: error.details ?? null } }, null, 2)}\n`,
      );
      return;
    }
    process.stderr.write(`${error.message}\n`);
  }
}

/** A plain text table, columns padded to their widest cell. */
export function table(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}
