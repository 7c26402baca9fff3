import { Frequency, Options, RRule } from 'rrule';

/**
 * Gatherings happen at most daily and at the series' own start time, so sub-daily frequencies and the
 * BYHOUR/BYMINUTE/BYSECOND parts would fight with `startTime`. DTSTART and TZID come from the rule's
 * `firstDate` and `timeZone` fields; allowing them in the text too would give two sources of truth.
 */
const ALLOWED_FREQUENCIES = new Set<Frequency>([Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY]);
const FORBIDDEN_PARTS = ['DTSTART', 'TZID', 'BYHOUR', 'BYMINUTE', 'BYSECOND'];
const POSITIVE_INTEGER = /^[1-9]\d*$/;

export type RruleParseResult = { ok: true; options: Partial<Options> } | { ok: false; reason: string };

/** Parses the RRULE value (with or without the `RRULE:` prefix) and says in plain words what is wrong with it. */
export function parseRruleText(text: string): RruleParseResult {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') return { ok: false, reason: 'the RRULE is empty' };
  const parts = body.split(';').map((part) => part.split('=')[0].trim().toUpperCase());
  const forbidden = parts.find((name) => FORBIDDEN_PARTS.includes(name));
  if (forbidden) return { ok: false, reason: `${forbidden} is not allowed in the RRULE (set it on the rule itself, or drop it)` };
  if (!parts.includes('FREQ')) return { ok: false, reason: 'FREQ is required' };
  // rrule's parser is lenient: `INTERVAL=abc` or `COUNT=0` come back as junk options instead of an error.
  for (const name of ['INTERVAL', 'COUNT']) {
    const value = valueOf(body, name);
    if (value !== undefined && !POSITIVE_INTEGER.test(value)) return { ok: false, reason: `${name} must be a positive integer` };
  }

  let options: Partial<Options>;
  try {
    options = RRule.parseString(body);
    if (options.freq === undefined || !ALLOWED_FREQUENCIES.has(options.freq)) {
      return { ok: false, reason: 'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY' };
    }
    // Building the rule runs rrule's own option checks (BYSETPOS range, weekday tokens...).
    new RRule({ ...options, dtstart: new Date(0) });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, options };
}

function valueOf(body: string, name: string): string | undefined {
  const part = body.split(';').find((candidate) => candidate.split('=')[0].trim().toUpperCase() === name);
  return part?.split('=')[1]?.trim();
}
