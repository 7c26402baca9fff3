import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { LinkPurpose } from '@cercle/contracts';
import { signLink } from '@cercle/signed-links';
import { createTestDatabase, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { seedCommunity } from './community-fixture';
import { EventsTestApp, startEventsApp } from './events-test-app';

/**
 * A peer group's first session is held with its theme, topics and notes; the series remembers it, finds it
 * by what was said (French stems, accents ignored), and a proposal close to it says when, with the notes.
 */
describe("a series' memory", () => {
  let events: EventsTestApp;
  let token: string;
  let seriesId: string;
  let first: string;
  let second: string;
  const communityId = randomUUID();
  const people = { Gaspard: randomUUID(), Carla: randomUUID(), Lou: randomUUID() };
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_memory'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-memory'),
    });
    token = await seedCommunity(events, communityId, people);
    const created = await auth(http().post('/series'))
      .send({
        communityId,
        title: 'Groupe de pairs',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '10:00' },
        theme: 'Accessibilité numérique',
        guideMemberId: people.Gaspard,
        contributorMemberIds: [people.Carla],
      })
      .expect(201);
    seriesId = created.body.series.id;
    first = created.body.occurrence.id;
    await auth(http().post(`/occurrences/${first}/topics`))
      .send({ title: 'Le RGAA en pratique', kind: 'talk', memberId: people.Lou })
      .expect(201);
    for (let i = 0; i < 10; i++) {
      const ran = await auth(http().post(`/occurrences/${first}/advance`)).expect(200);
      if (ran.body.ran.some((r: { step: string }) => r.step === 'hold')) break;
    }
    await auth(http().post(`/occurrences/${first}/notes`))
      .send({ workshop: 'Échange', scribeName: 'Lou', markdown: 'Les lecteurs d’écran lisent mal les formulaires des démarches.' })
      .expect(200);
    const occurrences = (await auth(http().get(`/series/${seriesId}/occurrences`)).expect(200)).body as Array<{
      id: string;
      startsAt: string;
    }>;
    second = occurrences.filter((o) => o.id !== first).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0].id;
  }, 60000);

  afterAll(async () => {
    await events?.app.close();
  });

  it('lists each past session with its theme, guide, contributors, topics and notes, and nothing still to come', async () => {
    const memory = (await auth(http().get(`/series/${seriesId}/memory`)).expect(200)).body;
    expect(memory.occurrences).toHaveLength(1);
    expect(memory.occurrences[0]).toMatchObject({
      occurrenceId: first,
      status: 'held',
      theme: 'Accessibilité numérique',
      guide: { memberId: people.Gaspard, name: 'Gaspard' },
      contributors: [{ memberId: people.Carla, name: 'Carla' }],
      topics: [{ title: 'Le RGAA en pratique', kind: 'talk' }],
      notes: { workshops: [{ workshop: 'Échange', scribe: 'Lou' }] },
    });
    expect(memory.occurrences[0].notes.link).toMatch(new RegExp(`/occurrences/${first}$`));
  });

  it.each([
    ['a word of the theme, without its accents', 'accessibilite'],
    ['a topic', 'rgaa'],
    ['another form of a word of the notes', 'lecteur formulaire'],
  ])('finds the session by %s', async (_what, q) => {
    const found = (await auth(http().get(`/series/${seriesId}/memory`).query({ q })).expect(200)).body;
    expect(found.occurrences.map((o: { occurrenceId: string }) => o.occurrenceId)).toEqual([first]);
  });

  it('finds nothing for what was never covered, and refuses an unknown query parameter', async () => {
    expect((await auth(http().get(`/series/${seriesId}/memory`).query({ q: 'cuisine' })).expect(200)).body.occurrences).toEqual([]);
    await auth(http().get(`/series/${seriesId}/memory`).query({ search: 'x' })).expect(400);
  });

  it('answers a topic proposal close to a covered theme with when it was covered and the notes link', async () => {
    const res = await auth(http().post(`/occurrences/${second}/topics`))
      .send({ title: 'L’accessibilité des services numériques', kind: 'talk', memberId: people.Lou })
      .expect(201);
    expect(res.body.coveredBefore).toEqual([
      expect.objectContaining({
        occurrenceId: first,
        what: 'theme',
        text: 'Accessibilité numérique',
        notes: expect.stringContaining(first),
      }),
    ]);
    const unrelated = await auth(http().post(`/occurrences/${second}/topics`))
      .send({ title: 'Le legal design', kind: 'talk', memberId: people.Carla })
      .expect(201);
    expect(unrelated.body.coveredBefore).toEqual([]);
  });

  it("says on a member's ballot which proposed topic is close to one a past session covered", async () => {
    const token = signLink(events.config.LINK_SECRET, {
      purpose: LinkPurpose.Register,
      memberId: people.Lou,
      subjectId: second,
      exp: Math.floor(Date.now() / 1000) + 3600,
    });
    const page = await http().get(`/topics/ballot/${token}`).set('Accept', 'text/html').expect(200);
    const item = (title: string) => page.text.split('<li class="topic">').find((li) => li.includes(title)) ?? '';
    expect(item('L’accessibilité des services numériques')).toContain('Proche d’un sujet déjà abordé le');
    expect(item('Le legal design')).not.toContain('déjà abordé');
  });

  it('answers a next theme close to a covered topic the same way', async () => {
    const res = await auth(http().post(`/occurrences/${second}/next-roles`))
      .send({ theme: 'RGAA : la pratique', guideMemberId: people.Carla, contributorMemberIds: [] })
      .expect(200);
    expect(res.body.themeCoveredBefore).toEqual([
      expect.objectContaining({ occurrenceId: first, what: 'topic', text: 'Le RGAA en pratique' }),
    ]);
  });
});
