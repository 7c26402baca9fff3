import { buildAgenda } from '../agenda/build-agenda';
import { InvalidPlacementError, PlacementConflictError } from '../errors';
import { openForum } from '../formats/open-forum';
import { peerGroup } from '../formats/peer-group';
import { PlacementDay, validatePlacement } from './placement';
import { buildProgramme, rankTopics } from './programme';

// 8 June 2027, a Tuesday in summer time: Paris is UTC+2, so 10:00 local is 08:00Z.
const startsAt = new Date('2027-06-08T08:00:00Z');
const forumDay: PlacementDay = {
  startsAt,
  endsAt: new Date('2027-06-08T16:00:00Z'),
  timeZone: 'Europe/Paris',
  agenda: buildAgenda(openForum, startsAt, 'Europe/Paris'),
};
const place = (room: string, localStart: string, localEnd: string) => ({ room, localStart, localEnd });

describe('validatePlacement', () => {
  it('places a workshop inside a workshop slot at the real instants of the local times', () => {
    const placed = validatePlacement(forumDay, place(' Salle  1 ', '10:30', '11:30'), []);
    expect(placed).toMatchObject({ room: 'Salle 1', slotId: 'workshops-morning' });
    expect(placed.startsAt.toISOString()).toBe('2027-06-08T08:30:00.000Z');
    expect(placed.endsAt.toISOString()).toBe('2027-06-08T09:30:00.000Z');
  });

  it('refuses a workshop that ends before it starts', () => {
    expect(() => validatePlacement(forumDay, place('Salle 1', '11:00', '10:30'), [])).toThrow(/must end after it starts \(11:00–10:30\)/);
  });

  it('refuses times that are not HH:mm', () => {
    expect(() => validatePlacement(forumDay, place('Salle 1', '9h', '10:30'), [])).toThrow(InvalidPlacementError);
  });

  it('refuses a workshop outside the day and says when the day runs', () => {
    expect(() => validatePlacement(forumDay, place('Salle 1', '09:00', '10:00'), [])).toThrow(
      'The workshop (09:00–10:00) is outside the occurrence, which runs 10:00–18:00 on 2027-06-08 (Europe/Paris).',
    );
  });

  it('refuses a workshop over lunch or the stand-up and lists the workshop slots', () => {
    const attempt = () => validatePlacement(forumDay, place('Salle 1', '12:00', '13:00'), []);
    expect(attempt).toThrow(InvalidPlacementError);
    expect(attempt).toThrow('must fit within one workshop slot: 10:30–12:30, 14:00–16:00, 17:00–18:00');
    expect(() => validatePlacement(forumDay, place('Salle 1', '16:00', '16:30'), [])).toThrow(/workshop slot/);
  });

  it('refuses two workshops in the same room at overlapping times, whatever the spelling of the room', () => {
    const other = { id: 'a', title: 'Le DSFR', ...place('Salle 1', '10:30', '11:30') };
    expect(() => validatePlacement(forumDay, place('salle 1', '11:00', '12:00'), [other])).toThrow(PlacementConflictError);
    expect(() => validatePlacement(forumDay, place('salle 1', '11:00', '12:00'), [other])).toThrow(
      'Room "salle 1" is already taken 10:30–11:30 by "Le DSFR": choose another room or time than 11:00–12:00.',
    );
  });

  it('accepts the same time in another room, and back-to-back workshops in one room', () => {
    const other = { id: 'a', title: 'Le DSFR', ...place('Salle 1', '10:30', '11:30') };
    expect(validatePlacement(forumDay, place('Salle 2', '10:30', '11:30'), [other]).room).toBe('Salle 2');
    expect(validatePlacement(forumDay, place('Salle 1', '11:30', '12:30'), [other]).room).toBe('Salle 1');
  });

  it('lets a format without workshop slots place a topic anywhere in the occurrence, in winter time too', () => {
    // 21 January 2027, Paris is UTC+1: 19:00 local is 18:00Z.
    const start = new Date('2027-01-21T18:00:00Z');
    const day = {
      startsAt: start,
      endsAt: new Date('2027-01-21T19:30:00Z'),
      timeZone: 'Europe/Paris',
      agenda: buildAgenda(peerGroup, start, 'Europe/Paris'),
    };
    const placed = validatePlacement(day, place('Visio', '19:27', '19:57'), []);
    expect(placed.startsAt.toISOString()).toBe('2027-01-21T18:27:00.000Z');
    expect(placed.slotId).toBeNull();
    expect(() => validatePlacement(day, place('Visio', '20:00', '20:45'), [])).toThrow(/outside the occurrence, which runs 19:00–20:30/);
  });
});

describe('the programme', () => {
  const topic = (
    id: string,
    votes: number,
    minute: number,
    placement: Partial<{ room: string; localStart: string; localEnd: string }> | null,
    selected = true,
  ) => ({
    id,
    votes,
    proposedAt: new Date(Date.UTC(2027, 5, 1, 0, minute)),
    selected,
    room: placement?.room ?? null,
    localStart: placement?.localStart ?? null,
    localEnd: placement?.localEnd ?? null,
  });

  it('ranks by votes, then by who proposed first', () => {
    const ranked = rankTopics([topic('late', 2, 5, null), topic('few', 1, 0, null), topic('early', 2, 1, null)]);
    expect(ranked.map((t) => t.id)).toEqual(['early', 'late', 'few']);
  });

  it('groups selected topics by workshop slot and room, and lists the selected ones not placed yet', () => {
    const topics = [
      topic('b2', 0, 1, { room: 'Salle B', localStart: '14:00', localEnd: '15:00' }),
      topic('a1', 3, 2, { room: 'Salle A', localStart: '10:30', localEnd: '11:30' }),
      topic('a2', 1, 3, { room: 'Salle A', localStart: '11:30', localEnd: '12:30' }),
      topic('waiting', 5, 4, null),
      topic('not-selected', 9, 5, { room: 'Salle A', localStart: '17:00', localEnd: '18:00' }, false),
    ];
    const programme = buildProgramme(forumDay, topics);
    const summary = programme.slots.map((s) => [s.slotId, s.rooms.map((r) => [r.room, r.topics.map((t) => t.id)])]);
    expect(summary).toEqual([
      ['workshops-morning', [['Salle A', ['a1', 'a2']]]],
      ['workshops-afternoon', [['Salle B', ['b2']]]],
      ['workshops-late-afternoon', []],
    ]);
    expect(programme.unplaced.map((t) => t.id)).toEqual(['waiting']);
  });
});
