import { NotesClosedError } from '../errors';
import { assertNotesOpen, notesClosedReason, scribesToRemind } from './notes-window';

describe('the notes window', () => {
  // 11 June 2027 18:00 in Paris (summer time, UTC+2).
  const deadline = new Date('2027-06-11T16:00:00Z');
  const window = (now: string, extra: Partial<{ archived: boolean; cancelled: boolean }> = {}) => ({
    now: new Date(now),
    deadline,
    timeZone: 'Europe/Paris',
    archived: false,
    cancelled: false,
    ...extra,
  });

  it('is open until the last minute before the deadline', () => {
    expect(notesClosedReason(window('2027-06-11T15:59:59Z'))).toBeNull();
    expect(() => assertNotesOpen(window('2027-06-11T15:59:59Z'))).not.toThrow();
  });

  it('closes at the deadline and says when it was, in local time', () => {
    expect(notesClosedReason(window('2027-06-11T16:00:00Z'))).toBe('The deadline for notes passed on 2027-06-11 18:00 (Europe/Paris).');
    expect(() => assertNotesOpen(window('2027-06-12T08:00:00Z'))).toThrow(NotesClosedError);
  });

  it('closes once the notes are archived or the occurrence is cancelled, even before the deadline', () => {
    expect(notesClosedReason(window('2027-06-10T08:00:00Z', { archived: true }))).toMatch(/already been archived/);
    expect(notesClosedReason(window('2027-06-10T08:00:00Z', { cancelled: true }))).toMatch(/cancelled/);
  });

  it('reminds only the scribes whose workshop has no notes yet', () => {
    const scribes = [
      { workshop: 'Le DSFR', memberId: 'lou' },
      { workshop: 'Accessibilité', memberId: 'sam' },
      { workshop: 'Retex', memberId: 'lou' },
    ];
    expect(scribesToRemind(scribes, ['Le DSFR'])).toEqual([scribes[1], scribes[2]]);
    expect(scribesToRemind(scribes, ['Le DSFR', 'Accessibilité', 'Retex'])).toEqual([]);
    expect(scribesToRemind([], [])).toEqual([]);
  });
});
