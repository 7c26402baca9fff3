import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { signLink, verifyLink } from '@cercle/signed-links';
import { LinkPurpose } from '@cercle/contracts';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { MemberRef } from '../src/entities/member-ref.entity';
import { Occurrence } from '../src/entities/occurrence.entity';
import { TopicProposal } from '../src/entities/topic-proposal.entity';
import { WorkshopScribe } from '../src/entities/workshop-scribe.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

/** A fixed-offset zone in which it is now about 08:00, so an open forum moved to "in two minutes" ends the same local day. */
function zoneWhereItIsMorning(now: Date): string {
  const hours = 8 - now.getUTCHours();
  const offset = hours > 14 ? hours - 24 : hours < -12 ? hours + 24 : hours;
  // Etc/GMT signs are inverted (POSIX): Etc/GMT-3 is UTC+3.
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

describe("the open forum's day: the room's page, workshop hosts, the format's topic kinds and the programme post", () => {
  let events: EventsTestApp;
  let token: string;
  let today: string;
  let later: string;
  let dayPath: string;
  const communityId = randomUUID();
  const [camille, dominique] = [randomUUID(), randomUUID()];
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const html = { Accept: 'text/html' };
  const json = { Accept: 'application/json' };

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_day'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-day'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'ALLiaNCE', mattermostChannelId: 'town-square', defaultLanguage: 'fr' });
    for (const [memberId, name] of [
      [camille, 'Camille'],
      [dominique, 'Dominique'],
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
    await waitFor(async () => (await events.em().count(MemberRef, { communityId })) === 2, { description: 'the members to reach events' });
    const year = new Date().getUTCFullYear() + 1;
    const series = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Rencontres ALLiaNCE',
        formatId: 'open-forum',
        recurrence: {
          rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU',
          firstDate: `${year}-06-01`,
          startTime: '10:00',
          timeZone: zoneWhereItIsMorning(new Date()),
        },
      })
      .expect(201);
    const occurrences = await http()
      .get(`/series/${series.body.series?.id ?? series.body.id}/occurrences`)
      .set(auth())
      .expect(200);
    const ids: string[] = (occurrences.body.occurrences ?? occurrences.body).map((o: { id: string }) => o.id);
    [today, later] = ids;
    await http()
      .post(`/occurrences/${today}/reschedule`)
      .set(auth())
      .send({ startsAt: new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 2 * 60_000).toISOString() })
      .expect(200);
    const link = await http().get(`/occurrences/${today}/day-link`).set(auth()).expect(200);
    dayPath = new URL(link.body.url).pathname;
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('gives the organiser a link signed for the occurrence alone, valid through its day, with its QR code as SVG and PNG', async () => {
    const link = await http().get(`/occurrences/${today}/day-link`).set(auth()).expect(200);
    const claim = verifyLink(events.config.LINK_SECRET, decodeURIComponent(dayPath.split('/').pop()!), LinkPurpose.Day, new Date());
    expect(claim).toMatchObject({ subjectId: today, purpose: 'day' });
    expect(new Date(link.body.expiresAt).getTime()).toBeGreaterThan(new Date(link.body.closesAt).getTime());
    expect(link.body.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const png = await http().get(`/occurrences/${today}/day-link/qr?format=png`).set(auth()).buffer(true).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect((png.body as Buffer).subarray(1, 4).toString()).toBe('PNG');
    // Wide enough to be read from the back of the room once projected.
    expect((png.body as Buffer).readUInt32BE(16)).toBeGreaterThanOrEqual(400);
    const svg = await http().get(`/occurrences/${today}/day-link/qr`).set(auth()).expect(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    await http().get(`/occurrences/${today}/day-link/qr?format=gif`).set(auth()).expect(400);
    await http().get(`/occurrences/${today}/day-link`).expect(401);
  });

  it("adds a topic of the format's own kind from the room, once even when sent twice, and refuses a peer group's kind", async () => {
    const form = { name: 'Alex (invité)', title: 'Comment remplir ma fiche action ?' };
    const first = await http().post(`${dayPath}/topics`).set(html).type('form').send(form).expect(303);
    expect(first.headers.location).toMatch(/done=topic/);
    await http().post(`${dayPath}/topics`).set(html).type('form').send(form).expect(303);
    const rows = await events.em().find(TopicProposal, { occurrenceId: today, addedOnTheDay: true });
    expect(rows.map((r) => [r.title, r.kind, r.proposerName, r.memberId])).toEqual([[form.title, 'workshop', 'Alex (invité)', null]]);
    const talk = await http()
      .post(`${dayPath}/topics`)
      .set(json)
      .send({ ...form, title: 'Un exposé', kind: 'talk' })
      .expect(422);
    expect(talk.body.code).toBe('topic-kind-not-offered');
    const page = await http().get(dayPath).set(html).expect(200);
    expect(page.text).toContain('Comment remplir ma fiche action ?');
    expect(page.text).not.toContain('Exposé');
  });

  it('shows what was wrong, in French, and keeps what was typed when a field is missing', async () => {
    const res = await http().post(`${dayPath}/topics`).set(html).type('form').send({ name: '', title: 'Mon sujet' }).expect(400);
    expect(res.text).toContain('Indiquez votre nom.');
    expect(res.text).toContain('value="Mon sujet"');
    expect(res.text).toContain('aria-invalid="true"');
  });

  it('lets one person volunteer as the scribe of a placed workshop, and tells the next one it is taken', async () => {
    const topicId = (await events.em().findOneOrFail(TopicProposal, { occurrenceId: today, addedOnTheDay: true })).id;
    const before = await http().post(`${dayPath}/scribes`).set(json).send({ name: 'Sacha', topicId }).expect(422);
    expect(before.body.code).toBe('workshop-unknown');
    const programme = await http().get(`/occurrences/${today}/programme`).set(auth()).expect(200);
    const slot = programme.body.slots[0];
    // Whole minutes: the occurrence was moved to a whole minute, so its slots start on one.
    await http()
      .put(`/topics/${topicId}/placement`)
      .set(auth())
      .send({ selected: true, room: 'Salle 1', localStart: slot.localStart, localEnd: slot.localEnd })
      .expect(200);
    await http().post(`${dayPath}/scribes`).set(html).type('form').send({ name: 'Sacha', topicId }).expect(303);
    expect(await events.em().findOneOrFail(WorkshopScribe, { occurrenceId: today })).toMatchObject({
      workshop: 'Comment remplir ma fiche action ?',
      memberId: null,
      volunteerName: 'Sacha',
    });
    const taken = await http().post(`${dayPath}/scribes`).set(html).type('form').send({ name: 'Robin', topicId }).expect(409);
    expect(taken.text).toContain('Cet atelier a déjà un·e scribe');
    const scribes = await http().get(`/occurrences/${today}/scribes`).set(auth()).expect(200);
    expect(scribes.body).toEqual([
      expect.objectContaining({ workshop: 'Comment remplir ma fiche action ?', memberId: null, name: 'Sacha' }),
    ]);
    const page = await http().get(`${dayPath}?lang=en`).set(html).expect(200);
    expect(page.text).toMatch(/Salle 1, [\s\S]*Scribe: Sacha/);
  });

  it('posts the programme to the channel once per change, never twice the same', async () => {
    const before = (await events.notificationJobs()).length;
    const posted = await http().post(`/occurrences/${today}/programme/post`).set(auth()).expect(202);
    const again = await http().post(`/occurrences/${today}/programme/post`).set(auth()).expect(409);
    expect(again.body.code).toBe('programme-unchanged');
    const jobs = await waitFor(
      async () => {
        const all = await events.notificationJobs();
        return all.length > before && all;
      },
      { description: 'the programme request on the notifications queue' },
    );
    const programme = jobs.map((job) => job.data.payload).filter((p) => p.kind === 'programme');
    expect(programme).toHaveLength(1);
    expect(programme[0]).toMatchObject({
      emails: false,
      channelPost: true,
      directMessages: false,
      audience: { type: 'community', communityId },
    });
    expect(programme[0].occurrence.topics).toEqual([
      expect.objectContaining({ title: 'Comment remplir ma fiche action ?', room: 'Salle 1', selected: true }),
    ]);
    expect(programme[0].roles.scribes).toEqual([{ workshop: 'Comment remplir ma fiche action ?', name: 'Sacha' }]);
    expect(posted.body.placed).toBe(1);
    expect(new URL(programme[0].dayPage).pathname).toBe(dayPath);
  });

  it('takes nothing before the day, and says when the page opens', async () => {
    const link = await http().get(`/occurrences/${later}/day-link`).set(auth()).expect(200);
    const path = new URL(link.body.url).pathname;
    const page = await http().get(path).set(html).expect(200);
    expect(page.text).toContain('Cette page s’ouvre le jour de la rencontre');
    expect(page.text).not.toContain('<form');
    const refused = await http().post(`${path}/topics`).set(json).send({ name: 'Alex', title: 'Trop tôt' }).expect(409);
    expect(refused.body.code).toBe('day-not-started');
  });

  it('refuses a member registration link on the room page, and a forged one', async () => {
    const registration = signLink(events.config.LINK_SECRET, {
      purpose: LinkPurpose.Register,
      memberId: camille,
      subjectId: today,
      exp: Math.floor(Date.now() / 1000) + 3600,
    });
    const wrong = await http().get(`/day/${registration}`).set(json).expect(403);
    expect(wrong.body.code).toBe('link-wrong-purpose');
    const forged = await http()
      .get(`/day/${'x'.repeat(20)}.${'y'.repeat(20)}`)
      .set(html)
      .expect(403);
    expect(forged.text).toContain('Ce lien n’est pas valide');
  });

  it('makes whoever proposed a workshop its host: the contributor reminder is no longer skipped', async () => {
    await http()
      .post(`/occurrences/${later}/topics`)
      .set(auth())
      .send({ title: 'Démo de mon produit', kind: 'workshop', memberId: camille })
      .expect(201);
    const talk = await http()
      .post(`/occurrences/${later}/topics`)
      .set(auth())
      .send({ title: 'Exposé', kind: 'talk', memberId: dominique })
      .expect(422);
    expect(talk.body.code).toBe('topic-kind-not-offered');
    const ran: Array<{ step: string; state: string; outcome: string }> = [];
    for (let i = 0; i < 2; i++) ran.push(...(await http().post(`/occurrences/${later}/advance`).set(auth()).expect(200)).body.ran);
    expect(ran.map((r) => `${r.step}:${r.state}`)).toEqual(['announce:done', 'remindContributors:done']);
    const reminders = await waitFor(
      async () => {
        const found = (await events.notificationJobs())
          .map((job) => job.data.payload)
          .filter((p) => p.kind === 'prepReminder' && p.occurrence.occurrenceId === later);
        return found.length > 0 && found;
      },
      { description: "the host's reminder" },
    );
    expect(reminders.map((p) => p.audience)).toEqual([{ type: 'members', memberIds: [camille] }]);
    expect(reminders[0].contributions).toEqual([
      expect.objectContaining({ memberId: camille, role: 'contributor', kind: 'workshop', title: 'Démo de mon produit' }),
    ]);
  });

  it('says on the room page which proposed topic is close to one a past session covered, and when', async () => {
    // A past session of the series (held) whose theme the room now proposes again in other words.
    await events.em().nativeUpdate(Occurrence, { id: later }, { status: 'held', theme: 'Remplir sa fiche action' });
    await http()
      .post(`${dayPath}/topics`)
      .set(html)
      .type('form')
      .send({ name: 'Noa', title: 'Fiches action : bien les remplir' })
      .expect(303);
    await http().post(`${dayPath}/topics`).set(html).type('form').send({ name: 'Noa', title: 'Le budget participatif' }).expect(303);
    const page = await http().get(dayPath).set(html).expect(200);
    const line = (title: string) => page.text.split('<li>').find((item) => item.includes(title)) ?? '';
    expect(line('Fiches action : bien les remplir')).toContain('Proche d’un sujet déjà abordé le');
    expect(line('Le budget participatif')).not.toContain('déjà abordé');
  });
});
