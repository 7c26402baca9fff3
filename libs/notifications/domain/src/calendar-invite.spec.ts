import { buildCalendarInvite, type CalendarInviteInput } from './calendar-invite';

// A tolerant reader: unfold continuation lines (RFC 5545 §3.1), then split NAME;PARAMS:VALUE.
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter(Boolean);
}

function property(lines: string[], name: string): string[] {
  return lines.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}

const base: CalendarInviteInput = {
  uid: 'occurrence-42@cercle.example',
  sequence: 3,
  method: 'REQUEST',
  startsAt: '2026-03-12T09:00:00.000Z',
  endsAt: '2026-03-12T17:00:00.000Z',
  timeZone: 'Europe/Paris',
  summary: 'Rencontres ALLiaNCE',
  description: 'Forum ouvert, '.repeat(12),
  location: '20 avenue de Ségur, Paris',
  url: 'https://cercle.example/o/42',
  organizer: { name: 'Cercle', email: 'cercle@cercle.example' },
  attendee: { name: 'Alice\r\nBcc: evil@x', email: 'alice@example.org' },
  stamp: '2026-02-01T08:00:00.000Z',
};

describe('buildCalendarInvite', () => {
  it('writes a REQUEST with a stable UID, SEQUENCE and a Paris-local DTSTART', () => {
    const ics = buildCalendarInvite(base);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const lines = unfold(ics);
    expect(property(lines, 'METHOD')).toEqual(['METHOD:REQUEST']);
    expect(property(lines, 'UID')).toEqual(['UID:occurrence-42@cercle.example']);
    expect(property(lines, 'SEQUENCE')).toEqual(['SEQUENCE:3']);
    expect(property(lines, 'DTSTART').pop()).toBe('DTSTART;TZID=Europe/Paris:20260312T100000');
    expect(property(lines, 'DTEND')).toEqual(['DTEND;TZID=Europe/Paris:20260312T180000']);
    expect(property(lines, 'DTSTAMP')).toEqual(['DTSTAMP:20260201T080000Z']);
    expect(property(lines, 'STATUS')).toEqual(['STATUS:CONFIRMED']);
    expect(property(lines, 'DESCRIPTION')[0]).toContain('Forum ouvert\\, Forum ouvert');
  });

  it('carries a VTIMEZONE for the TZID with the 2026 DST onsets of Paris', () => {
    const lines = unfold(buildCalendarInvite(base));
    const start = lines.indexOf('BEGIN:VTIMEZONE');
    const end = lines.indexOf('END:VTIMEZONE');
    expect(start).toBeGreaterThan(-1);
    expect(start).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    const block = lines.slice(start, end);
    expect(block).toContain('TZID:Europe/Paris');
    // Summer time starts on 29 March 2026 at 02:00 local (+01:00) and ends 25 October at 03:00 (+02:00).
    expect(block.join('\n')).toContain('BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200');
    expect(block.join('\n')).toContain('BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100');
  });

  it('writes in UTC an occurrence on the second 02:30 of the autumn night, which a TZID would read as the first', () => {
    // 2026-10-25 02:30 Paris happens twice: 00:30Z (+02:00) then 01:30Z (+01:00).
    const second = unfold(buildCalendarInvite({ ...base, startsAt: '2026-10-25T01:30:00.000Z', endsAt: '2026-10-25T03:00:00.000Z' }));
    expect(second).not.toContain('BEGIN:VTIMEZONE');
    expect(property(second, 'DTSTART')).toEqual(['DTSTART:20261025T013000Z']);
    expect(property(second, 'DTEND')).toEqual(['DTEND:20261025T030000Z']);
    const usual = unfold(buildCalendarInvite({ ...base, startsAt: '2026-10-25T08:00:00.000Z', endsAt: '2026-10-25T10:00:00.000Z' }));
    expect(property(usual.slice(usual.indexOf('BEGIN:VEVENT')), 'DTSTART')).toEqual(['DTSTART;TZID=Europe/Paris:20261025T090000']);
  });

  it('keeps the attendee name on one line', () => {
    const lines = unfold(buildCalendarInvite(base));
    const attendee = property(lines, 'ATTENDEE');
    expect(attendee).toHaveLength(1);
    expect(attendee[0]).toMatch(/mailto:alice@example\.org$/i);
    expect(lines.some((l) => l.startsWith('Bcc'))).toBe(false);
  });

  it('writes a CANCEL with STATUS:CANCELLED and the same UID', () => {
    const lines = unfold(buildCalendarInvite({ ...base, method: 'CANCEL', sequence: 4 }));
    expect(property(lines, 'METHOD')).toEqual(['METHOD:CANCEL']);
    expect(property(lines, 'STATUS')).toEqual(['STATUS:CANCELLED']);
    expect(property(lines, 'UID')).toEqual(['UID:occurrence-42@cercle.example']);
    expect(property(lines, 'SEQUENCE')).toEqual(['SEQUENCE:4']);
  });

  it('gives a zone without DST a single STANDARD observance', () => {
    const lines = unfold(buildCalendarInvite({ ...base, timeZone: 'Asia/Tokyo' }));
    expect(property(lines, 'DTSTART').pop()).toBe('DTSTART;TZID=Asia/Tokyo:20260312T180000');
    expect(lines.filter((l) => l === 'BEGIN:STANDARD')).toHaveLength(1);
    expect(lines).toContain('TZOFFSETTO:+0900');
  });
});
