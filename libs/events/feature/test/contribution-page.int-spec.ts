import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { LinkPurpose } from '@cercle/contracts';
import { openForum, peerGroup } from '@cercle/events-domain';
import { signLink } from '@cercle/signed-links';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { MemberRef } from '../src/entities/member-ref.entity';
import { seedCommunity } from './community-fixture';
import { EventsTestApp, startEventsApp } from './events-test-app';

describe('the contribution page of a contributor or workshop host', () => {
  let events: EventsTestApp;
  let token: string;
  const communityId = randomUUID();
  const names = ['Gabrielle', 'Camille', 'Hugo', 'Nina'] as const;
  const people = Object.fromEntries(names.map((name) => [name, randomUUID()])) as Record<(typeof names)[number], string>;
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const link = (memberId: string, subjectId: string, purpose: string = LinkPurpose.Contribution, seconds = 3600) =>
    signLink(events.config.LINK_SECRET, { purpose, memberId, subjectId, exp: Math.floor(Date.now() / 1000) + seconds });
  let group: string;
  let forum: string;

  const series = async (title: string, formatId: string) =>
    (
      await http()
        .post('/series')
        .set(auth())
        .send({
          communityId,
          title,
          formatId,
          recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '10:00' },
        })
        .expect(201)
    ).body.occurrence.id as string;

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_contrib_page'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-contrib-page'),
    });
    token = await seedCommunity(events, communityId, people);
    group = await series('Groupe de partage', 'peer-group');
    forum = await series('Forum ouvert', 'open-forum');
    await http()
      .put(`/occurrences/${group}/roles`)
      .set(auth())
      .send({ guideMemberId: people.Gabrielle, contributorMemberIds: [people.Camille] })
      .expect(200);
    await http()
      .post(`/occurrences/${forum}/topics`)
      .set(auth())
      .send({ title: 'Fresque du numérique', kind: 'workshop', memberId: people.Hugo })
      .expect(201);
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it("shows a contributor their page in the community's language, with the format's kinds and a plain form", async () => {
    const page = await http()
      .get(`/contributions/${link(people.Camille, group)}`)
      .expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<html lang="fr">');
    expect(page.text).toContain('Bonjour Camille');
    expect(page.text).not.toContain('<script');
    expect(page.text).toMatch(/<form method="post"[^>]*>[\s\S]*name="title"[\s\S]*name="kind"[\s\S]*name="materialsUrl"/);
    for (const kind of peerGroup.contributionKinds) expect(page.text).toContain(`<option value="${kind.id}">`);
    expect(page.text).not.toContain('<option value="workshop">');
    const en = await http()
      .get(`/contributions/${link(people.Camille, group)}?lang=en`)
      .expect(200);
    expect(en.text).toContain('Link to your materials');
  });

  it('saves the title, kind and materials link from the form, and the guide sees them in the readiness', async () => {
    const kind = peerGroup.contributionKinds[0];
    const saved = await http()
      .post(`/contributions/${link(people.Camille, group)}`)
      .type('form')
      .send({ title: 'Le RGAA en 20 minutes', kind: kind.id, materialsUrl: 'https://slides.example/rgaa' })
      .expect(200);
    expect(saved.text).toContain('enregistré');
    expect(saved.text).toContain(`<option value="${kind.id}" selected>`);
    const readiness = (await http().get(`/occurrences/${group}/readiness`).set(auth()).expect(200)).body;
    expect(readiness.contributions).toEqual([
      expect.objectContaining({
        memberId: people.Camille,
        title: 'Le RGAA en 20 minutes',
        kind: kind.id,
        materialsUrl: 'https://slides.example/rgaa',
        missing: [],
      }),
    ]);
    // An emptied field clears its value.
    await http()
      .post(`/contributions/${link(people.Camille, group)}`)
      .type('form')
      .send({ title: 'Le RGAA en 20 minutes', kind: kind.id, materialsUrl: '' })
      .expect(200);
    const after = (
      await http()
        .get(`/contributions/${link(people.Camille, group)}`)
        .set('Accept', 'application/json')
        .expect(200)
    ).body;
    expect(after.contribution).toMatchObject({ materialsUrl: null, missing: ['materials'] });
  });

  it('refuses a link that is not an http(s) address and a kind the format does not offer, keeping what was typed', async () => {
    const bad = await http()
      .post(`/contributions/${link(people.Camille, group)}`)
      .type('form')
      .send({ title: 'Autre titre', materialsUrl: 'javascript:alert(1)' })
      .expect(400);
    expect(bad.text).toContain('role="alert"');
    expect(bad.text).toContain('value="Autre titre"');
    const kind = await http()
      .post(`/contributions/${link(people.Camille, group)}`)
      .send({ kind: 'workshop' })
      .expect(422);
    expect(kind.body).toMatchObject({ code: 'kind-not-in-format' });
    const json = (
      await http()
        .get(`/contributions/${link(people.Camille, group)}`)
        .set('Accept', 'application/json')
        .expect(200)
    ).body;
    expect(json.contribution.title).toBe('Le RGAA en 20 minutes');
  });

  it("opens to whoever proposed a workshop at an open forum, with the open forum's kinds", async () => {
    const page = await http()
      .get(`/contributions/${link(people.Hugo, forum)}`)
      .expect(200);
    expect(page.text).toContain('atelier');
    for (const kind of openForum.contributionKinds) expect(page.text).toContain(`<option value="${kind.id}">`);
    const forumKinds: string[] = openForum.contributionKinds.map((k) => k.id);
    for (const kind of peerGroup.contributionKinds.filter((k) => !forumKinds.includes(k.id)))
      expect(page.text).not.toContain(`<option value="${kind.id}">`);
    await http()
      .post(`/contributions/${link(people.Hugo, forum)}`)
      .send({ materialsUrl: 'https://pad.example/fresque' })
      .expect(200);
  });

  it('refuses a member with nothing to contribute, a link for another purpose and an expired one, with a page in French', async () => {
    const nina = await http()
      .get(`/contributions/${link(people.Nina, group)}`)
      .expect(403);
    expect(nina.text).toContain('<html lang="fr">');
    expect(nina.text).toContain('ni contributeur·rice');
    await http()
      .post(`/contributions/${link(people.Nina, group)}`)
      .send({ title: 'x' })
      .expect(403);
    // The guide hands nothing in: their page is the readiness overview, not this one.
    await http()
      .get(`/contributions/${link(people.Gabrielle, group)}`)
      .expect(403);
    await http()
      .get(`/contributions/${link(people.Camille, group, LinkPurpose.Notes)}`)
      .expect(403);
    await http()
      .get(`/contributions/${link(people.Camille, group, LinkPurpose.Contribution, -60)}`)
      .expect(410);
  });

  it('closes once the occurrence is cancelled', async () => {
    await http().post(`/occurrences/${group}/cancel`).set(auth()).send({ reason: 'salle indisponible' }).expect(200);
    const page = await http()
      .get(`/contributions/${link(people.Camille, group)}`)
      .expect(200);
    expect(page.text).toContain('annulée');
    expect(page.text).not.toContain('<form');
    const refused = await http()
      .post(`/contributions/${link(people.Camille, group)}`)
      .send({ title: 'x' })
      .expect(409);
    expect(refused.body.code).toBe('contribution-closed');
  });

  it('speaks the language the member chose, as their messages do, whatever the community’s', async () => {
    await events.deliver('member.changed', {
      memberId: people.Hugo,
      communityId,
      name: 'Hugo',
      email: `${people.Hugo}@example.org`,
      language: 'en',
      mattermostUsername: null,
      active: true,
    });
    await waitFor(async () => (await events.em().findOne(MemberRef, { id: people.Hugo }))?.language === 'en', {
      description: 'Hugo in English',
    });
    const page = await http()
      .get(`/contributions/${link(people.Hugo, forum)}`)
      .expect(200);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain('Link to your materials');
  });
});
