import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { LinkPurpose } from '@cercle/contracts';
import { KnownToken } from '@cercle/platform';
import { signLink } from '@cercle/signed-links';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import { TopicVote } from '../src/entities/topic-vote.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

describe("a member's ballot: the proposed topics of an occurrence, voted from their registration link", () => {
  let events: EventsTestApp;
  let token: string;
  let forum: string;
  let otherForum: string;
  const communityId = randomUUID();
  const otherCommunityId = randomUUID();
  const [camille, dominique, outsider] = [randomUUID(), randomUUID(), randomUUID()];
  const year = new Date().getUTCFullYear() + 1;
  const topics: Record<string, string> = {};
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const link = (memberId: string, occurrenceId: string, purpose: string = LinkPurpose.Register, inSeconds = 3600) =>
    signLink(events.config.LINK_SECRET, { purpose, memberId, subjectId: occurrenceId, exp: Math.floor(Date.now() / 1000) + inSeconds });
  const json = { Accept: 'application/json' };

  async function newSeries(title: string): Promise<string> {
    const res = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title,
        formatId: 'open-forum',
        recurrence: { rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', firstDate: `${year}-06-01`, startTime: '10:00' },
      })
      .expect(201);
    return res.body.occurrence.id;
  }

  async function propose(
    occurrenceId: string,
    title: string,
    kind: string,
    memberId: string | null,
    guestName: string | null = null,
  ): Promise<string> {
    const res = await http().post(`/occurrences/${occurrenceId}/topics`).set(auth()).send({ title, kind, memberId, guestName }).expect(201);
    return res.body.id;
  }

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_ballot'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-ballot'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'ALLiaNCE', mattermostChannelId: 'town-square', defaultLanguage: 'fr' });
    await events.deliver('community.changed', {
      communityId: otherCommunityId,
      name: 'Autre',
      mattermostChannelId: 'town-square',
      defaultLanguage: 'fr',
    });
    for (const [memberId, name, community] of [
      [camille, 'Camille', communityId],
      [dominique, 'Dominique', communityId],
      [outsider, 'Olga', otherCommunityId],
    ]) {
      await events.deliver('member.changed', {
        memberId,
        communityId: community,
        name,
        email: `${name}@example.org`,
        language: 'fr',
        mattermostUsername: null,
        active: true,
      });
    }
    await waitFor(
      async () =>
        (await events.em().count(CommunityRef, {})) === 2 &&
        (await events.em().count(KnownToken, {})) &&
        (await events.em().count(MemberRef, {})) === 3,
      {
        description: 'the token, the communities and the members to reach events',
      },
    );
    forum = await newSeries('Rencontres ALLiaNCE');
    otherForum = await newSeries('Forum des communs');
    topics.demo = await propose(forum, 'Démo du DSFR', 'workshop', camille);
    topics.fiche = await propose(forum, 'Comment remplir ma fiche <action> ?', 'workshop', null, 'Alex (invité)');
    topics.elsewhere = await propose(otherForum, 'Un autre sujet', 'workshop', camille);
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('shows the proposed topics in French by default, with kind, proposer and counts, and a vote button for each', async () => {
    const page = await http()
      .get(`/topics/ballot/${link(dominique, forum)}`)
      .expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<html lang="fr">');
    expect(page.text).toContain('Bonjour Dominique');
    expect(page.text).toContain('Comment remplir ma fiche &lt;action&gt; ?');
    expect(page.text).toContain('Atelier · Proposé par Alex (invité) · 0 vote');
    expect(page.text.match(/<button type="submit" name="vote" value="yes"[^>]*>Voter<\/button>/g)).toHaveLength(2);
    expect(page.text).not.toContain('Un autre sujet');

    // One link for the request and the check: two signed a second apart differ by their expiry.
    const englishLink = link(dominique, forum);
    const english = await http().get(`/topics/ballot/${englishLink}?lang=en`).expect(200);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('Workshop · Proposed by Alex (invité) · 0 votes');
    expect(english.text).toContain(`action="/topics/ballot/${englishLink}?lang=en"`);
  });

  it('counts a vote once however often the member votes, and lets them withdraw it', async () => {
    const ballot = link(dominique, forum);
    const first = await http().post(`/topics/ballot/${ballot}`).set(json).send({ topicId: topics.fiche, vote: 'yes' }).expect(200);
    expect(first.body).toMatchObject({ topicId: topics.fiche, voted: true, votes: 1 });
    const again = await http().post(`/topics/ballot/${ballot}`).type('form').send({ topicId: topics.fiche, vote: 'yes' }).expect(303);
    expect(again.headers.location).toBe(`/topics/ballot/${ballot}?done=voted#topic-${topics.fiche}`);
    expect(await events.em().count(TopicVote, { topicId: topics.fiche })).toBe(1);

    const page = await http().get(again.headers.location).expect(200);
    expect(page.text).toContain('Votre vote est enregistré.');
    expect(page.text).toContain('Vous avez voté pour ce sujet.');
    expect(page.text).toMatch(/value="no"[^>]*>Retirer mon vote<\/button>/);
    const view = await http().get(`/topics/ballot/${ballot}`).set(json).expect(200);
    expect(view.body.topics.map((t: { id: string; votes: number; votedByMe: boolean }) => [t.id, t.votes, t.votedByMe])).toEqual([
      [topics.fiche, 1, true],
      [topics.demo, 0, false],
    ]);

    const withdrawn = await http().post(`/topics/ballot/${ballot}`).type('form').send({ topicId: topics.fiche, vote: 'no' }).expect(303);
    expect(withdrawn.headers.location).toContain('done=withdrawn');
    expect(await events.em().count(TopicVote, { topicId: topics.fiche })).toBe(0);
  });

  it('refuses a topic of another occurrence, a wrong-purpose or expired link, and a member outside the community', async () => {
    const elsewhere = await http()
      .post(`/topics/ballot/${link(dominique, forum)}`)
      .set(json)
      .send({ topicId: topics.elsewhere, vote: 'yes' })
      .expect(404);
    expect(elsewhere.body.code).toBe('topic-not-found');
    expect(await events.em().count(TopicVote, { topicId: topics.elsewhere })).toBe(0);

    // People read why in their language (French by default); programs get the code.
    const notes = await http()
      .get(`/topics/ballot/${link(dominique, forum, LinkPurpose.Notes)}`)
      .expect(403);
    expect(notes.text).toContain('Ce lien sert à autre chose.');
    const notesEn = await http()
      .get(`/topics/ballot/${link(dominique, forum, LinkPurpose.Notes)}?lang=en`)
      .expect(403);
    expect(notesEn.text).toContain('This link is for something else.');
    await http()
      .post(`/topics/ballot/${link(dominique, forum, LinkPurpose.RoleResponse)}`)
      .set(json)
      .send({ topicId: topics.demo, vote: 'yes' })
      .expect(403);
    const expired = await http()
      .get(`/topics/ballot/${link(dominique, forum, LinkPurpose.Register, -60)}`)
      .set(json)
      .expect(410);
    expect(expired.body.code).toBe('link-expired');

    const stranger = await http()
      .post(`/topics/ballot/${link(outsider, forum)}`)
      .set(json)
      .send({ topicId: topics.demo, vote: 'yes' })
      .expect(403);
    expect(stranger.body.code).toBe('not-a-voter');
    await http()
      .get(`/topics/ballot/${link(randomUUID(), forum)}`)
      .expect(403);
    await http()
      .post(`/topics/ballot/${link(dominique, forum)}`)
      .set(json)
      .send({ topicId: topics.demo, vote: 'maybe' })
      .expect(400);
  });

  it('closes the votes once the occurrence is held or cancelled', async () => {
    await http()
      .post(`/topics/ballot/${link(camille, forum)}`)
      .set(json)
      .send({ topicId: topics.demo, vote: 'yes' })
      .expect(200);
    for (let step = 0; step < 12; step++) {
      const { body } = await http().post(`/occurrences/${forum}/advance`).set(auth()).expect(200);
      if (body.ran.some((r: { step: string }) => r.step === 'hold')) break;
    }
    const closed = await http()
      .post(`/topics/ballot/${link(camille, forum)}`)
      .set(json)
      .send({ topicId: topics.demo, vote: 'no' })
      .expect(409);
    expect(closed.body.code).toBe('votes-closed');
    const page = await http()
      .get(`/topics/ballot/${link(camille, forum)}`)
      .expect(200);
    expect(page.text).toContain('Les votes sont clos pour cette rencontre.');
    expect(page.text).not.toContain('<button');
    expect(await events.em().count(TopicVote, { topicId: topics.demo })).toBe(1);

    await http().post(`/occurrences/${otherForum}/cancel`).set(auth()).send({ reason: 'Salle indisponible' }).expect(200);
    await http()
      .post(`/topics/ballot/${link(camille, otherForum)}`)
      .set(json)
      .send({ topicId: topics.elsewhere, vote: 'yes' })
      .expect(409);
  });
});
