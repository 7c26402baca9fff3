import { DateTime } from 'luxon';

// Calendar clients need a VTIMEZONE for every TZID they meet (RFC 5545 §3.6.5); Outlook in
// particular shows the wrong hour without one. Rather than ship a tz database, the observances
// are computed from the runtime's own (luxon/Intl) rules: every offset change in the years
// around the event, each as an explicit STANDARD or DAYLIGHT onset. That covers the event and
// any nearby update without RRULEs that could drift from the real rules.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function offsetAt(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

// The first millisecond at which the offset differs from the one at `from`.
function findTransition(from: number, to: number, zone: string): number {
  const before = offsetAt(from, zone);
  let low = from;
  let high = to;
  while (high - low > 1) {
    const mid = low + Math.floor((high - low) / 2);
    if (offsetAt(mid, zone) === before) low = mid;
    else high = mid;
  }
  return high;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

function transitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const start = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  const end = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  const found: Transition[] = [];
  for (let day = start; day < end; day += DAY) {
    const next = Math.min(day + DAY, end);
    const from = offsetAt(day, zone);
    const to = offsetAt(next, zone);
    if (from !== to) found.push({ at: findTransition(day, next, zone), from, to });
  }
  return found;
}

function observance(t: Transition, zone: string): string[] {
  const after = DateTime.fromMillis(t.at, { zone, locale: 'en-GB' });
  const kind = after.isInDST ? 'DAYLIGHT' : 'STANDARD';
  // DTSTART of an observance is the local wall time just before the change, in the old offset.
  const localStart = DateTime.fromMillis(t.at, { zone: 'utc' }).plus({ minutes: t.from }).toFormat("yyyyMMdd'T'HHmmss");
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStart}`,
    `TZOFFSETFROM:${formatOffset(t.from)}`,
    `TZOFFSETTO:${formatOffset(t.to)}`,
    `TZNAME:${after.offsetNameShort ?? formatOffset(t.to)}`,
    `END:${kind}`,
  ];
}

// Scanning three years of offsets costs ~1,000 Intl calls: a fan-out to 10,000 members spent most of
// its CPU here. The block depends only on the zone and the year, so each is computed once per process.
const computed = new Map<string, string>();
const MAX_COMPUTED = 1000;

/** A VTIMEZONE block (CRLF lines, no trailing CRLF) for `zone`, valid around `aroundIso`. */
export function buildVTimezone(zone: string, aroundIso: string): string {
  const year = DateTime.fromISO(aroundIso, { zone }).year;
  const key = `${zone}|${year}`;
  let block = computed.get(key);
  if (block === undefined) {
    block = computeVTimezone(zone, year, aroundIso);
    if (computed.size >= MAX_COMPUTED) computed.clear();
    computed.set(key, block);
  }
  return block;
}

function computeVTimezone(zone: string, year: number, aroundIso: string): string {
  const found = transitions(zone, year - 1, year + 1);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (found.length === 0) {
    const offset = offsetAt(DateTime.fromISO(aroundIso).toMillis(), zone);
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${formatOffset(offset)}`,
      `TZOFFSETTO:${formatOffset(offset)}`,
      'END:STANDARD',
    );
  } else {
    for (const t of found) lines.push(...observance(t, zone));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/**
 * One VTIMEZONE for `zone` valid around every instant of `isos` (a calendar feed spans years): the
 * observances of each year's block, each once, in order.
 */
export function buildVTimezoneSpanning(zone: string, isos: string[]): string {
  const observances: string[] = [];
  const seen = new Set<string>();
  for (const iso of isos) {
    const lines = buildVTimezone(zone, iso).split('\r\n').slice(2, -1);
    for (let i = 0; i < lines.length;) {
      const end = lines.indexOf(lines[i].replace('BEGIN:', 'END:'), i);
      const block = lines.slice(i, end + 1).join('\r\n');
      if (!seen.has(block)) {
        seen.add(block);
        observances.push(block);
      }
      i = end + 1;
    }
  }
  const start = (block: string) => /DTSTART:(\d{8}T\d{6})/.exec(block)?.[1] ?? '';
  observances.sort((a, b) => start(a).localeCompare(start(b)));
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observances, 'END:VTIMEZONE'].join('\r\n');
}
