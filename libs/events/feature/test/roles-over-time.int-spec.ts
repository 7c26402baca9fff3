import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Job } from 'bullmq';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { seedCommunity } from './community-fixture';
import { EventsTestApp, startEventsApp } from './events-test-app';

type Payload = {
  messageId: string;
  kind: string;
  audience: { type: string; memberIds: string[] };
  contributions: Array<{ memberId: string; memberName: string; role: string }>;
  links: { contribution: boolean };
  emails: boolean;
  directMessages: boolean;
  channelPost: boolean;
  occurrence: { occurrenceId: string };
};

describe('roles over time: a change of guide or contributors', () => {
  let events: EventsTestApp;
  let token: string;
  const communityId = randomUUID();
  const names = ['Gabrielle', 'Camille', 'Chloé', 'Dara', 'Nina'] as const;
  const people = Object.fromEntries(names.map((name) => [name, randomUUID()])) as Record<(typeof names)[number], string>;
  const nameOf = (memberId: string) => names.find((name) => people[name] === memberId);
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  let occurrenceId: string;

  const messages = async (): Promise<Payload[]> =>
    (await events.notificationJobs())
      .map((job: Job) => ({ ...job.data.payload, messageId: job.data.messageId }) as Payload)
      .filter((p) => p.occurrence.occurrenceId === occurrenceId);
  /** What each person was sent, by kind, among the messages with these ids. */
  const perPerson = (payloads: Payload[]) => {
    const got: Record<string, string[]> = {};
    for (const p of payloads) for (const id of p.audience.memberIds) (got[nameOf(id)!] ??= []).push(p.kind);
    return got;
  };
  const sent = async (ids: string[]) =>
    waitFor(
      async () => {
        const found = (await messages()).filter((p) => ids.includes(p.messageId));
        return found.length === ids.length && found;
      },
      { description: `${ids.length} message(s) on the notifications queue` },
    );
  const setRoles = (guideMemberId: string | null, contributorMemberIds: string[]) =>
    http().put(`/occurrences/${occurrenceId}/roles`).set(auth()).send({ guideMemberId, contributorMemberIds });
  const idsOf = (told: { roleAssigned: string[]; roleRemoved: string[]; contributorsIntro: string | null }) =>
    [...told.roleAssigned, ...told.roleRemoved, told.contributorsIntro].filter((id): id is string => !!id);

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_roles_time'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-roles-time'),
    });
    token = await seedCommunity(events, communityId, people);
    const res = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Groupe de partage',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '19:00' },
      })
      .expect(201);
    occurrenceId = res.body.occurrence.id;
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('refuses one person as guide and contributor, or named twice, with the reason and their name, and changes nothing', async () => {
    const both = await setRoles(people.Gabrielle, [people.Camille, people.Gabrielle]).expect(422);
    expect(both.body).toMatchObject({ code: 'guide-also-contributor', message: expect.stringContaining('Gabrielle') });
    const twice = await setRoles(people.Gabrielle, [people.Camille, people.Camille]).expect(422);
    expect(twice.body).toMatchObject({ code: 'contributor-named-twice', message: expect.stringContaining('Camille') });
    expect((await http().get(`/occurrences/${occurrenceId}/roles`).set(auth()).expect(200)).body).toMatchObject({
      guide: null,
      contributors: [],
    });
    expect(await messages()).toEqual([]);
  });

  it('tells the newly named with the team, the removed that they are no longer expected, and re-introduces those who stay, each once', async () => {
    const firstTeam = (await setRoles(people.Gabrielle, [people.Camille, people.Chloé]).expect(200)).body.messages;
    await sent(idsOf(firstTeam));

    const change = (await setRoles(people.Gabrielle, [people.Camille, people.Dara]).expect(200)).body.messages;
    const told = await sent(idsOf(change));
    expect(perPerson(told)).toEqual({
      Dara: ['roleAssigned'],
      Chloé: ['roleRemoved'],
      Gabrielle: ['contributorsIntro'],
      Camille: ['contributorsIntro'],
    });

    const toDara = told.find((p) => p.kind === 'roleAssigned')!;
    expect(toDara.contributions.map((c) => `${c.memberName}:${c.role}`)).toEqual([
      'Dara:contributor',
      'Gabrielle:guide',
      'Camille:contributor',
    ]);
    expect(toDara).toMatchObject({ emails: true, directMessages: true, channelPost: false, links: { contribution: true } });
    const toChloe = told.find((p) => p.kind === 'roleRemoved')!;
    expect(toChloe.contributions).toEqual([expect.objectContaining({ memberName: 'Chloé', role: 'contributor' })]);
    const intro = told.find((p) => p.kind === 'contributorsIntro')!;
    // The team as it now stands, each person once.
    expect(intro.contributions.map((c) => c.memberName)).toEqual(['Gabrielle', 'Camille', 'Dara']);
    expect(perPerson(await messages())['Nina']).toBeUndefined();
  });

  it('tells someone moved from contributor to guide their new role, and the former guide that they are no longer expected', async () => {
    const change = (await setRoles(people.Camille, [people.Dara]).expect(200)).body.messages;
    const told = await sent(idsOf(change));
    expect(perPerson(told)).toEqual({ Camille: ['roleAssigned'], Gabrielle: ['roleRemoved'], Dara: ['contributorsIntro'] });
    const toCamille = told.find((p) => p.kind === 'roleAssigned')!;
    expect(toCamille.contributions[0]).toMatchObject({ memberName: 'Camille', role: 'guide' });
    expect(toCamille.links.contribution).toBe(false);
  });

  it('records a change made after the day without telling anyone: there is nothing left to prepare', async () => {
    const ran: string[] = [];
    while (!ran.includes('hold')) {
      const res = await http().post(`/occurrences/${occurrenceId}/advance`).set(auth()).expect(200);
      ran.push(...res.body.ran.map((r: { step: string }) => r.step));
    }
    const late = await setRoles(people.Camille, [people.Nina]).expect(200);
    expect(late.body).toMatchObject({ guide: { name: 'Camille' }, contributors: [{ name: 'Nina' }] });
    expect(late.body.messages).toEqual({ roleAssigned: [], roleRemoved: [], contributorsIntro: null });
  });
});
