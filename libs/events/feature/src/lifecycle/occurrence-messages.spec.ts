import { messageCatalog, occurrenceSnapshot as snapshotSchema } from '@cercle/contracts';
import { buildOrganiserFormat, getFormat } from '@cercle/events-domain';
import { contractStatus, occurrenceChangedPayload, OccurrenceFacts, occurrenceSnapshot } from './occurrence-messages';

const facts: OccurrenceFacts = {
  occurrenceId: '3f2b8c1e-9d4a-4e57-8a0b-6c1d2e3f4a5b',
  seriesId: '4f2b8c1e-9d4a-4e57-8a0b-6c1d2e3f4a5b',
  communityId: '5f2b8c1e-9d4a-4e57-8a0b-6c1d2e3f4a5b',
  title: 'Groupe de partage',
  formatId: 'peer-group',
  // 2027-04-15 19:00 in Paris, summer time (UTC+2).
  startsAt: new Date('2027-04-15T17:00:00Z'),
  endsAt: new Date('2027-04-15T18:30:00Z'),
  timeZone: 'Europe/Paris',
  location: 'Paris',
  theme: null,
  status: 'open',
  capacity: null,
  calendarSequence: 0,
  previousStartsAt: null,
  cancellationReason: null,
  registrationClosesAt: null,
};

describe('occurrence messages', () => {
  it('says "announced" and opens registration when the domain says "open"', () => {
    const payload = occurrenceChangedPayload(facts);
    expect(payload).toMatchObject({ status: 'announced', registrationOpen: true, startsAt: '2027-04-15T17:00:00.000Z' });
    expect(messageCatalog['occurrence.changed'].schema.safeParse(payload).success).toBe(true);
  });

  it('keeps registration closed in every other status', () => {
    for (const status of ['planned', 'closed', 'held', 'archived', 'cancelled'] as const) {
      expect(contractStatus(status)).toBe(status);
      expect(occurrenceChangedPayload({ ...facts, status }).registrationOpen).toBe(false);
    }
  });

  it('tells membership whether the format welcomes guests, with its attendance rules and the cancellation reason', () => {
    const forum = occurrenceChangedPayload({
      ...facts,
      formatId: 'open-forum',
      status: 'cancelled',
      cancellationReason: 'Salle indisponible',
    });
    expect(forum).toMatchObject({ openToGuests: true, cancellationReason: 'Salle indisponible' });
    expect(forum.rules?.attendanceRules.fr.length).toBeGreaterThan(0);
    expect(occurrenceChangedPayload(facts).openToGuests).toBe(false);
    // An organiser format stored before the field existed has none: closed.
    const { openToGuests: _omitted, ...older } = buildOrganiserFormat('0b7c1d5e-2f3a-4b6c-8d9e-0f1a2b3c4d5e', {
      name: { fr: 'Midi', en: 'Lunch' },
      defaultDurationMinutes: 60,
      agenda: [{ title: { fr: 'Exposé', en: 'Talk' }, offsetMinutes: 0, durationMinutes: 60 }],
    });
    expect(occurrenceChangedPayload({ ...facts, format: older as never }).openToGuests).toBe(false);
  });

  it("uses an organiser format's own name and agenda when the facts carry one", () => {
    const format = buildOrganiserFormat('0b7c1d5e-2f3a-4b6c-8d9e-0f1a2b3c4d5e', {
      name: { fr: 'Midi conférence', en: 'Lunch talk' },
      defaultDurationMinutes: 90,
      agenda: [{ title: { fr: 'Exposé', en: 'Talk' }, offsetMinutes: 15, durationMinutes: 60 }],
    });
    const snapshot = occurrenceSnapshot({ ...facts, formatId: format.id, format });
    expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot).toMatchObject({ formatId: format.id, formatName: { fr: 'Midi conférence', en: 'Lunch talk' } });
    expect(snapshot.agenda).toEqual([{ title: { fr: 'Exposé', en: 'Talk' }, localStart: '19:15', localEnd: '20:15' }]);
  });

  it('prints the agenda in the series zone with the format name in both languages', () => {
    const snapshot = occurrenceSnapshot(facts);
    expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.formatName).toEqual({ fr: 'Groupe de partage entre pairs', en: 'Peer-sharing group' });
    expect(snapshot.agenda[0]).toMatchObject({ localStart: '19:00' });
    expect(snapshot.agenda.at(-1)?.localEnd).toMatch(/^20:/);
  });

  it("carries the format's own topic kinds and its rules to membership and to the messages", () => {
    const forum = { ...facts, formatId: 'open-forum', format: getFormat('open-forum') };
    const changed = occurrenceChangedPayload(forum);
    expect(messageCatalog['occurrence.changed'].schema.safeParse(changed).success).toBe(true);
    expect(changed.topicKinds).toEqual(getFormat('open-forum').contributionKinds.map((kind) => kind.id));
    expect(changed.rules?.attendanceRules).toEqual(getFormat('open-forum').attendanceRules);
    expect(occurrenceSnapshot(forum).rules?.principles).toEqual(getFormat('open-forum').principles);
    expect(occurrenceChangedPayload(facts).topicKinds).toEqual(getFormat('peer-group').contributionKinds.map((kind) => kind.id));
  });

  it('tells the messages whether guests may register, so a channel post links to /join only then', () => {
    expect(occurrenceSnapshot({ ...facts, formatId: 'open-forum', format: getFormat('open-forum') }).openToGuests).toBe(true);
    expect(occurrenceSnapshot({ ...facts, formatId: 'peer-group', format: getFormat('peer-group') }).openToGuests).toBe(false);
  });
});
