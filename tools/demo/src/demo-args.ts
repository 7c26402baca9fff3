import { parseArgs } from 'node:util';
import type { DemoFormat } from './format-plays';

export interface DemoArgs {
  format: DemoFormat;
  occurrences: number;
  members: number;
}

const FORMATS: DemoFormat[] = ['peer-group', 'open-forum'];

/** `npm run demo -- --format open-forum --occurrences 2 [--members 8]`; errors are for people, in French. */
export function parseDemoArgs(argv: string[]): DemoArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', default: 'peer-group' },
      occurrences: { type: 'string', default: '1' },
      members: { type: 'string', default: '8' },
    },
    strict: true,
  });
  const format = values.format as DemoFormat;
  if (!FORMATS.includes(format)) throw new DemoArgsError(`--format doit valoir ${FORMATS.join(' ou ')} (reçu : « ${values.format} »)`);
  const occurrences = wholeNumber('--occurrences', values.occurrences!, 1, 6);
  const members = wholeNumber('--members', values.members!, 8, 2000);
  return { format, occurrences, members };
}

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new DemoArgsError(`${name} doit être un entier entre ${min} et ${max} (reçu : « ${raw} »)`);
  return n;
}

export class DemoArgsError extends Error {}
