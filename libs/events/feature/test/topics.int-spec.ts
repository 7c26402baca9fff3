import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { KnownToken } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import { TopicVote } from '../src/entities/topic-vote.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

describe('topics of an open forum: proposals, votes, placement, programme and scribes', () => {
  let events: EventsTestApp;
  let token: string;
  let occurrenceId: string;
  const communityId = randomUUID();
  const [camille, dominique, sacha] = [randomUUID(), randomUUID(), randomUUID()];
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const topics: Record<string, string> = {};

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_topics'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-topics'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'ALLiaNCE', mattermostChannelId: 'town-square', defaultLanguage: 'fr' });
    for (const [memberId, name] of [
      [camille, 'Camille'],
      [dominique, 'Dominique'],
      [sacha, 'Sacha'],
    ]) {
      await events.deliver('member.changed', {
        memberId,
        communityId,
        name,
        email: `${name}@example.org`,
        language: 'fr',
        mattermostUsername: null,
        active: true,
      });
    }
    await waitFor(
      async () =>
        (await events.em().count(CommunityRef, { id: communityId })) &&
        (await events.em().count(KnownToken, {})) &&
        (await events.em().count(MemberRef, {})) === 3,
      {
        description: 'the token, the community and the members to reach events',
      },
    );
    const res = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Rencontres ALLiaNCE',
        formatId: 'open-forum',
        recurrence: { rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', firstDate: `${year}-06-01`, startTime: '10:00' },
      })
      .expect(201);
    occurrenceId = res.body.occurrence.id;
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('adds topics for a member and for a guest, on the day too, and refuses a proposer that is both or neither', async () => {
    const demo = await http()
      .post(`/occurrences/${occurrenceId}/topics`)
      .set(auth())
      .send({ title: 'Démo du DSFR', kind: 'workshop', memberId: camille })
      .expect(201);
    expect(demo.body).toMatchObject({
      title: 'Démo du DSFR',
      kind: 'workshop',
      memberId: camille,
      proposerName: 'Camille',
      votes: 0,
      selected: false,
      addedOnTheDay: false,
    });
    topics.demo = demo.body.id;
    const guest = await http()
      .post(`/occurrences/${occurrenceId}/topics`)
      .set(auth())
      .send({ title: 'Comment remplir ma fiche action ?', kind: 'workshop', guestName: 'Alex (invité)', addedOnTheDay: true })
      .expect(201);
    expect(guest.body).toMatchObject({ memberId: null, proposerName: 'Alex (invité)', addedOnTheDay: true });
    topics.fiche = guest.body.id;
    const both = await http()
      .post(`/occurrences/${occurrenceId}/topics`)
      .set(auth())
      .send({ title: 'X', kind: 'talk', memberId: camille, guestName: 'Y' })
      .expect(400);
    expect(both.body.issues[0].message).toMatch(/exactly one of memberId .* or guestName/);
    const stranger = await http()
      .post(`/occurrences/${occurrenceId}/topics`)
      .set(auth())
      .send({ title: 'X', kind: 'workshop', memberId: randomUUID() })
      .expect(422);
    expect(stranger.body.code).toBe('member-unknown');
  });

  it('counts a vote once per member, lets a member withdraw it, and ranks topics by votes', async () => {
    await http().post(`/topics/${topics.fiche}/votes`).set(auth()).send({ memberId: dominique }).expect(200);
    await http().post(`/topics/${topics.fiche}/votes`).set(auth()).send({ memberId: dominique }).expect(200);
    const second = await http().post(`/topics/${topics.fiche}/votes`).set(auth()).send({ memberId: sacha }).expect(200);
    expect(second.body).toMatchObject({ voted: true, votes: 2 });
    await http().post(`/topics/${topics.demo}/votes`).set(auth()).send({ memberId: sacha }).expect(200);
    expect(await events.em().count(TopicVote, { topicId: topics.fiche })).toBe(2);

    let list = await http().get(`/occurrences/${occurrenceId}/topics`).set(auth()).expect(200);
    expect(list.body.map((t: { id: string; votes: number }) => [t.id, t.votes])).toEqual([
      [topics.fiche, 2],
      [topics.demo, 1],
    ]);
    const withdrawn = await http().delete(`/topics/${topics.fiche}/votes/${sacha}`).set(auth()).expect(200);
    expect(withdrawn.body).toMatchObject({ voted: false, votes: 1 });
    await http().delete(`/topics/${topics.fiche}/votes`).set(auth()).send({ memberId: dominique }).expect(200);
    list = await http().get(`/occurrences/${occurrenceId}/topics`).set(auth()).expect(200);
    expect(list.body.map((t: { id: string; votes: number }) => [t.id, t.votes])).toEqual([
      [topics.demo, 1],
      [topics.fiche, 0],
    ]);
  });

  it('places selected topics in rooms and slots, and refuses overlaps and slots outside the day with a clear message', async () => {
    const placed = await http()
      .put(`/topics/${topics.demo}/placement`)
      .set(auth())
      .send({ selected: true, room: 'Salle A', localStart: '10:30', localEnd: '11:30' })
      .expect(200);
    expect(placed.body).toMatchObject({ selected: true, room: 'Salle A', localStart: '10:30', localEnd: '11:30' });

    const overlap = await http()
      .put(`/topics/${topics.fiche}/placement`)
      .set(auth())
      .send({ selected: true, room: 'salle a', localStart: '11:00', localEnd: '12:00' })
      .expect(409);
    expect(overlap.body).toMatchObject({ code: 'PLACEMENT_CONFLICT' });
    expect(overlap.body.message).toContain('Room "salle a" is already taken 10:30–11:30 by "Démo du DSFR"');
    const lunch = await http()
      .put(`/topics/${topics.fiche}/placement`)
      .set(auth())
      .send({ selected: true, room: 'Salle B', localStart: '12:00', localEnd: '13:00' })
      .expect(422);
    expect(lunch.body.message).toContain('must fit within one workshop slot: 10:30–12:30, 14:00–16:00, 17:00–18:00');
    const early = await http()
      .put(`/topics/${topics.fiche}/placement`)
      .set(auth())
      .send({ selected: true, room: 'Salle B', localStart: '08:00', localEnd: '09:00' })
      .expect(422);
    expect(early.body.message).toMatch(/outside the occurrence, which runs 10:00–18:00 on/);
    const partial = await http().put(`/topics/${topics.fiche}/placement`).set(auth()).send({ selected: true, room: 'Salle B' }).expect(400);
    expect(partial.body.issues[0].message).toMatch(/go together/);

    await http()
      .put(`/topics/${topics.fiche}/placement`)
      .set(auth())
      .send({ selected: true, room: 'Salle B', localStart: '11:00', localEnd: '12:00' })
      .expect(200);
    const programme = await http().get(`/occurrences/${occurrenceId}/programme`).set(auth()).expect(200);
    expect(programme.body.timeZone).toBe('Europe/Paris');
    expect(programme.body.slots[0]).toMatchObject({ slotId: 'workshops-morning', localStart: '10:30', localEnd: '12:30' });
    expect(
      programme.body.slots[0].rooms.map((r: { room: string; topics: Array<{ title: string }> }) => [r.room, r.topics.map((t) => t.title)]),
    ).toEqual([
      ['Salle A', ['Démo du DSFR']],
      ['Salle B', ['Comment remplir ma fiche action ?']],
    ]);
    expect(programme.body.unplaced).toEqual([]);
  });

  it('carries the programme in the occurrence snapshot of the messages', async () => {
    await http().post(`/occurrences/${occurrenceId}/advance`).set(auth()).expect(200);
    const announcement = await waitFor(
      async () => (await events.notificationJobs()).find((job) => job.data.payload.occurrence.occurrenceId === occurrenceId),
      { description: 'the announcement on the notifications queue' },
    );
    expect(announcement.data.payload.occurrence.topics).toEqual([
      {
        title: 'Démo du DSFR',
        kind: 'workshop',
        description: null,
        proposer: 'Camille',
        selected: true,
        room: 'Salle A',
        localStart: '10:30',
        localEnd: '11:30',
      },
      {
        title: 'Comment remplir ma fiche action ?',
        kind: 'workshop',
        description: null,
        proposer: 'Alex (invité)',
        selected: true,
        room: 'Salle B',
        localStart: '11:00',
        localEnd: '12:00',
      },
    ]);
  });

  it('names a scribe per selected workshop and refuses a workshop that is not a selected topic', async () => {
    const refused = await http()
      .put(`/occurrences/${occurrenceId}/scribes`)
      .set(auth())
      .send({ workshop: 'Pas un sujet', memberId: sacha })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'workshop-unknown' });
    expect(refused.body.message).toContain('select the topic first');
    await http().put(`/occurrences/${occurrenceId}/scribes`).set(auth()).send({ workshop: 'Démo du DSFR', memberId: sacha }).expect(200);
    const replaced = await http()
      .put(`/occurrences/${occurrenceId}/scribes`)
      .set(auth())
      .send({ workshop: 'Démo du DSFR', memberId: dominique })
      .expect(200);
    expect(replaced.body).toEqual([{ workshop: 'Démo du DSFR', memberId: dominique, name: 'Dominique', notesSubmittedAt: null }]);
  });
});
