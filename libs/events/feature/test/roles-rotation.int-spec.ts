import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Job } from 'bullmq';
import { LinkPurpose } from '@cercle/contracts';
import { KnownToken } from '@cercle/platform';
import { signLink } from '@cercle/signed-links';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import { RegistrationAnswer } from '../src/entities/registration-answer.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

describe('roles, contributions, readiness and the rotation of next roles', () => {
  let events: EventsTestApp;
  let token: string;
  const communityId = randomUUID();
  const otherCommunityId = randomUUID();
  const names = ['Gabrielle', 'Camille', 'Chloé', 'Ana', 'Bruno', 'Dara', 'Eli'] as const;
  const people = Object.fromEntries(names.map((name) => [name, randomUUID()])) as Record<(typeof names)[number], string>;
  const outsider = randomUUID();
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  let first: { id: string; seriesId: string };

  type Payload = {
    kind: string;
    audience: { memberIds: string[] };
    contributions: Array<{ memberName: string; missing: string[]; title: string | null }>;
    [k: string]: unknown;
  };
  const notifications = async (occurrenceId: string, kind: string): Promise<Payload[]> =>
    (await events.notificationJobs())
      .map((job: Job) => job.data.payload as Payload & { occurrence: { occurrenceId: string } })
      .filter((payload) => payload.occurrence.occurrenceId === occurrenceId && payload.kind === kind);
  const waitForCount = (occurrenceId: string, kind: string, count: number) =>
    waitFor(
      async () => {
        const found = await notifications(occurrenceId, kind);
        return found.length === count && found;
      },
      { description: `${count} ${kind} notification(s)` },
    );
  const advance = async (occurrenceId: string) =>
    (await http().post(`/occurrences/${occurrenceId}/advance`).set(auth()).expect(200)).body.ran;
  const roleLink = (memberId: string, subjectId: string) =>
    signLink('s'.repeat(40), { purpose: LinkPurpose.RoleResponse, memberId, subjectId, exp: Math.floor(Date.now() / 1000) + 3600 });
  const byId = (...ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_roles'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-roles'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: null, defaultLanguage: 'fr' });
    const member = (memberId: string, name: string, community = communityId) =>
      events.deliver('member.changed', {
        memberId,
        communityId: community,
        name,
        email: `${memberId}@example.org`,
        language: 'fr',
        mattermostUsername: null,
        active: true,
      });
    for (const name of names) await member(people[name], name);
    await member(outsider, 'Olga', otherCommunityId);
    await waitFor(
      async () =>
        (await events.em().count(CommunityRef, { id: communityId })) &&
        (await events.em().count(KnownToken, {})) &&
        (await events.em().count(MemberRef, {})) === 8,
      {
        description: 'the token, the community and the members to reach the events inbox',
      },
    );
    const res = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Groupe de partage',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '19:00' },
        theme: 'Le legal design',
      })
      .expect(201);
    first = { id: res.body.occurrence.id, seriesId: res.body.series.id };
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('refuses roles for someone outside the community, naming them, and changes nothing', async () => {
    const res = await http()
      .put(`/occurrences/${first.id}/roles`)
      .set(auth())
      .send({ guideMemberId: people.Gabrielle, contributorMemberIds: [people.Camille, outsider] })
      .expect(422);
    expect(res.body).toMatchObject({ code: 'not-community-members', message: expect.stringContaining(outsider) });
    await http()
      .put(`/occurrences/${first.id}/roles`)
      .set(auth())
      .send({ guideMemberId: 'not-a-uuid', contributorMemberIds: [] })
      .expect(400);
    expect((await http().get(`/occurrences/${first.id}/roles`).set(auth()).expect(200)).body).toEqual({
      guide: null,
      contributors: [],
      participants: [],
    });
  });

  it('tells each person named their role with the team, their own part first, exactly once', async () => {
    const body = { guideMemberId: people.Gabrielle, contributorMemberIds: [people.Camille, people.Chloé] };
    const res = await http().put(`/occurrences/${first.id}/roles`).set(auth()).send(body).expect(200);
    expect(res.body).toMatchObject({ guide: { name: 'Gabrielle' }, contributors: [{ name: 'Camille' }, { name: 'Chloé' }] });
    const again = await http().put(`/occurrences/${first.id}/roles`).set(auth()).send(body).expect(200);
    expect(again.body.messages).toEqual({ roleAssigned: [], roleRemoved: [], contributorsIntro: null });
    const assigned = await waitForCount(first.id, 'roleAssigned', 3);
    const to = (memberId: string) => assigned.find((p) => p.audience.memberIds[0] === memberId)!;
    expect(assigned.map((p) => p.audience.memberIds)).toEqual(
      expect.arrayContaining([[people.Gabrielle], [people.Camille], [people.Chloé]]),
    );
    expect(to(people.Camille).contributions.map((c) => c.memberName)).toEqual(['Camille', 'Gabrielle', 'Chloé']);
    expect(to(people.Camille)).toMatchObject({ emails: true, directMessages: true, channelPost: false, links: { contribution: true } });
    // The guide has no contribution of their own to describe.
    expect(to(people.Gabrielle)).toMatchObject({ links: { contribution: false } });
    expect(to(people.Gabrielle).roles).toEqual({ guide: 'Gabrielle', contributors: ['Camille', 'Chloé'], scribes: [] });
    expect(await notifications(first.id, 'contributorsIntro')).toHaveLength(0);
  });

  it('counts as participants the members who answered yes and have a place', async () => {
    const answer = (memberId: string, memberName: string, answer: 'yes' | 'no', status: 'confirmed' | 'waitlisted' | 'declined') =>
      events.deliver('registration.recorded', {
        registrationId: randomUUID(),
        occurrenceId: first.id,
        memberId,
        memberName,
        answer,
        status,
        waitlistPosition: status === 'waitlisted' ? 1 : null,
        promoted: false,
        topic: null,
      });
    await answer(people.Ana, 'Ana', 'yes', 'confirmed');
    await answer(people.Bruno, 'Bruno', 'no', 'declined');
    await answer(people.Eli, 'Eli', 'yes', 'waitlisted');
    await waitFor(async () => (await events.em().count(RegistrationAnswer, { occurrenceId: first.id })) === 3, {
      description: 'the three answers to reach events',
    });
    // Read after all three arrived: a read racing the last answer would see two.
    const roles = (await http().get(`/occurrences/${first.id}/roles`).set(auth()).expect(200)).body;
    expect(roles.participants).toEqual([{ memberId: people.Ana, name: 'Ana' }]);
  });

  it('records contributions and shows the guide what is in and what is missing', async () => {
    await http()
      .put(`/occurrences/${first.id}/contributions/${people.Camille}`)
      .set(auth())
      .send({ kind: 'talk', title: 'Le legal design en pratique', materialsUrl: 'https://slides.example/legal' })
      .expect(200);
    await http()
      .put(`/occurrences/${first.id}/contributions/${people.Chloé}`)
      .set(auth())
      .send({ kind: 'demo', title: 'Une démo', prepStatus: 'inProgress' })
      .expect(200);
    const refused = await http().put(`/occurrences/${first.id}/contributions/${people.Ana}`).set(auth()).send({ title: 'x' }).expect(422);
    expect(refused.body.code).toBe('not-a-contributor');
    await http()
      .put(`/occurrences/${first.id}/contributions/${people.Chloé}`)
      .set(auth())
      .send({ materialsUrl: 'javascript:alert(1)' })
      .expect(400);

    const readiness = (await http().get(`/occurrences/${first.id}/readiness`).set(auth()).expect(200)).body;
    expect(readiness).toMatchObject({
      guide: { name: 'Gabrielle' },
      ready: false,
      contributions: [
        { memberName: 'Camille', kind: 'talk', title: 'Le legal design en pratique', missing: [] },
        { memberName: 'Chloé', kind: 'demo', prepStatus: 'inProgress', materialsUrl: null, missing: ['materials'] },
      ],
    });
  });

  it('confirms a ready contributor, nudges the one missing materials, shows the guide everyone, and escalates only what is missing', async () => {
    expect((await advance(first.id)).map((r: { step: string }) => r.step)).toEqual(['announce']);
    const [remind] = await advance(first.id);
    expect(remind).toMatchObject({ step: 'remindContributors', state: 'done' });
    const confirmations = await waitForCount(first.id, 'prepConfirmation', 1);
    const reminders = await waitForCount(first.id, 'prepReminder', 2);
    expect(confirmations[0]).toMatchObject({
      audience: { memberIds: [people.Camille] },
      emails: true,
      directMessages: true,
      contributions: [{ memberName: 'Camille', missing: [] }],
    });
    const toChloe = reminders.find((r) => r.audience.memberIds[0] === people.Chloé)!;
    expect(toChloe.contributions).toEqual([expect.objectContaining({ memberName: 'Chloé', title: 'Une démo', missing: ['materials'] })]);
    const toGuide = reminders.find((r) => r.audience.memberIds[0] === people.Gabrielle)!;
    expect(toGuide.contributions.map((c) => c.memberName)).toEqual(['Camille', 'Chloé']);
    // Each contributor's message links to their own contribution page; the guide has none to fill in.
    expect([confirmations[0].links, toChloe.links, toGuide.links]).toEqual([
      expect.objectContaining({ contribution: true }),
      expect.objectContaining({ contribution: true }),
      expect.objectContaining({ contribution: false }),
    ]);
    // Naming them introduced them already (each got the team with their role).
    expect(await notifications(first.id, 'contributorsIntro')).toHaveLength(0);

    const [escalate] = await advance(first.id);
    expect(escalate).toMatchObject({ step: 'escalateReadiness', state: 'done' });
    const [escalation] = await waitForCount(first.id, 'readinessEscalation', 1);
    expect(escalation.audience.memberIds).toEqual([people.Gabrielle]);
    expect(escalation.contributions).toEqual([expect.objectContaining({ memberName: 'Chloé', missing: ['materials'] })]);
  });

  it('proposes volunteers first, then the least recently served, leaving out who is away, and records it on acceptance', async () => {
    await http().put(`/rotation/members/${people.Dara}`).set(auth()).send({ volunteer: true, awayUntil: null }).expect(200);
    await http()
      .put(`/rotation/members/${people.Eli}`)
      .set(auth())
      .send({ volunteer: true, awayUntil: `${year + 1}-01-01` })
      .expect(200);
    await http()
      .put(`/rotation/members/${people.Eli}`)
      .set(auth())
      .send({ volunteer: true, awayUntil: `${year}-02-30` })
      .expect(400);
    await http().put(`/rotation/members/${randomUUID()}`).set(auth()).send({ volunteer: true, awayUntil: null }).expect(404);

    const proposal = (await http().get(`/occurrences/${first.id}/rotation-proposal?contributors=2`).set(auth()).expect(200)).body;
    // Dara volunteers; Ana and Bruno never served (id order between them); Eli is away; this session's roles served last.
    expect(proposal.guide).toEqual({ memberId: people.Dara, name: 'Dara' });
    expect(proposal.contributors.map((c: { memberId: string }) => c.memberId)).toEqual(byId(people.Ana, people.Bruno));
    expect(proposal.away).toEqual([{ memberId: people.Eli, name: 'Eli' }]);

    await http()
      .post(`/occurrences/${first.id}/next-roles`)
      .set(auth())
      .send({ acceptProposal: true, guideMemberId: people.Ana })
      .expect(400);
    const recorded = await http()
      .post(`/occurrences/${first.id}/next-roles`)
      .set(auth())
      .send({ acceptProposal: true, contributorCount: 2, theme: 'Accessibilité' })
      .expect(200);
    expect(recorded.body).toMatchObject({
      theme: 'Accessibilité',
      guideMemberId: people.Dara,
      contributorMemberIds: byId(people.Ana, people.Bruno),
    });
  });

  it('tells the chosen with a response link and carries the roles and theme to the next occurrence', async () => {
    const ran = [...(await advance(first.id)), ...(await advance(first.id)), ...(await advance(first.id)), ...(await advance(first.id))];
    expect(ran.map((r: { step: string }) => r.step)).toEqual(['remindParticipants', 'closeRegistration', 'hold', 'assignNextRoles']);
    const [told] = await waitForCount(first.id, 'nextRoles', 1);
    expect(told).toMatchObject({
      audience: { memberIds: [people.Dara, ...byId(people.Ana, people.Bruno)] },
      links: { roleResponse: true, register: false, notes: false },
      nextRoles: { theme: 'Accessibilité', guide: 'Dara' },
    });
    const series = (await http().get(`/series/${first.seriesId}`).set(auth()).expect(200)).body;
    const second = (await http().get(`/occurrences/${series.occurrences[1].id}`).set(auth()).expect(200)).body;
    expect(second).toMatchObject({
      theme: 'Accessibilité',
      roles: { guideMemberId: people.Dara, contributorMemberIds: byId(people.Ana, people.Bruno) },
    });
    // The message dates the session the roles are for: the next occurrence, as it was then planned.
    expect(new Date((told.nextRoles as { startsAt: string }).startsAt).toISOString()).toBe(new Date(second.startsAt).toISOString());
  });

  it('shows the role page in French by default and English on request, without JavaScript', async () => {
    const link = roleLink(people.Ana, first.id);
    const fr = await http().get(`/roles/${link}`).expect(200);
    expect(fr.headers['content-type']).toMatch(/text\/html/);
    expect(fr.text).toContain('<html lang="fr">');
    expect(fr.text).toContain('Ana');
    expect(fr.text).toContain('contributeur·rice');
    expect(fr.text).toMatch(/<form method="post"[^>]*>[\s\S]*name="response" value="accept"[\s\S]*value="decline"/);
    const en = await http().get(`/roles/${link}?lang=en`).expect(200);
    expect(en.text).toContain('I accept');
    await http()
      .get(
        `/roles/${signLink('s'.repeat(40), { purpose: LinkPurpose.Notes, memberId: people.Ana, subjectId: first.id, exp: Math.floor(Date.now() / 1000) + 60 })}`,
      )
      .expect(403);
    await http()
      .get(`/roles/${roleLink(people.Eli, first.id)}`)
      .expect(404);
  });

  it('a decline through the signed link asks the next person once, however often it is clicked, and updates the next occurrence', async () => {
    const link = roleLink(people.Ana, first.id);
    const declined = await http().post(`/roles/${link}`).type('form').send({ response: 'decline' }).expect(200);
    expect(declined.text).toContain('décliné');
    await http().post(`/roles/${link}`).type('form').send({ response: 'decline' }).expect(200);
    const again = await http().post(`/roles/${link}`).send({ response: 'decline' }).expect(200);
    expect(again.body).toMatchObject({ answer: 'declined', replacementMemberId: null });
    await http().post(`/roles/${link}`).send({ response: 'accept' }).expect(409);

    // Left: this session's guide and contributors (served at the same date: id order); Eli away; Dara and Bruno already asked.
    const [replacement] = byId(people.Gabrielle, people.Camille, people.Chloé);
    const told = await waitForCount(first.id, 'nextRoles', 2);
    expect(told[1]).toMatchObject({ audience: { memberIds: [replacement] }, links: { roleResponse: true } });
    expect(told[1].nextRoles).toMatchObject({ guide: 'Dara', contributors: expect.arrayContaining(['Bruno']) });
    expect((told[1].nextRoles as { contributors: string[] }).contributors).not.toContain('Ana');

    const accepted = await http()
      .post(`/roles/${roleLink(people.Bruno, first.id)}`)
      .set('Accept', 'application/json')
      .send({ response: 'accept' })
      .expect(200);
    expect(accepted.body).toMatchObject({ role: 'contributor', answer: 'accepted', session: { theme: 'Accessibilité' } });

    const series = (await http().get(`/series/${first.seriesId}`).set(auth()).expect(200)).body;
    const secondId = series.occurrences[1].id;
    const second = (await http().get(`/occurrences/${secondId}`).set(auth()).expect(200)).body;
    expect([...second.roles.contributorMemberIds].sort()).toEqual(byId(replacement, people.Bruno));
    expect(second.roles.guideMemberId).toBe(people.Dara);

    // Having accepted, Bruno describes his contribution on the same page (a plain form, no JavaScript).
    const brunoLink = roleLink(people.Bruno, first.id);
    expect((await http().get(`/roles/${brunoLink}`).expect(200)).text).toContain('Votre contribution');
    const saved = await http()
      .post(`/roles/${brunoLink}/contribution`)
      .type('form')
      .send({ kind: 'demo', title: 'Un lecteur d’écran en direct', materialsUrl: 'https://slides.example/nvda', prepStatus: 'ready' })
      .expect(200);
    expect(saved.text).toContain('Votre contribution est enregistrée.');
    await http().post(`/roles/${brunoLink}/contribution`).type('form').send({ materialsUrl: 'pas un lien' }).expect(400);
    await http()
      .post(`/roles/${roleLink(people.Dara, first.id)}/contribution`)
      .send({ title: 'x' })
      .expect(409);
    const readiness = (await http().get(`/occurrences/${secondId}/readiness`).set(auth()).expect(200)).body;
    expect(readiness.contributions.find((c: { memberId: string }) => c.memberId === people.Bruno)).toMatchObject({
      kind: 'demo',
      prepStatus: 'ready',
      missing: [],
    });

    // The second occurrence's prep messages show the roles carried over, by name.
    await advance(secondId);
    await advance(secondId);
    const [intro] = await waitForCount(secondId, 'contributorsIntro', 1);
    expect(intro.roles).toMatchObject({ guide: 'Dara', contributors: expect.arrayContaining(['Bruno']) });
    expect(intro.occurrence).toMatchObject({ theme: 'Accessibilité' });
    const [confirmation] = await waitForCount(secondId, 'prepConfirmation', 1);
    expect(confirmation).toMatchObject({
      audience: { memberIds: [people.Bruno] },
      contributions: [{ title: 'Un lecteur d’écran en direct', missing: [] }],
    });
  });

  it('confirms everyone and escalates nothing when all is ready, and carries roles into a next occurrence already planned', async () => {
    const res = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Groupe du soir',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', firstDate: `${year}-05-01`, startTime: '18:00' },
      })
      .expect(201);
    const occurrenceId: string = res.body.occurrence.id;
    // The rolling horizon planned the next occurrences when the series was created, without roles.
    const planned = await http().get(`/series/${res.body.series.id}/occurrences`).set(auth()).expect(200);
    const ahead: string | null = planned.body.find((o: { id: string }) => o.id !== occurrenceId)?.id ?? null;
    expect(ahead).not.toBeNull();

    await http()
      .put(`/occurrences/${occurrenceId}/roles`)
      .set(auth())
      .send({ guideMemberId: people.Bruno, contributorMemberIds: [people.Ana] })
      .expect(200);
    await http()
      .put(`/occurrences/${occurrenceId}/contributions/${people.Ana}`)
      .set(auth())
      .send({ title: 'Retour sur un déploiement', materialsUrl: 'https://slides.example/deploy' })
      .expect(200);
    expect((await http().get(`/occurrences/${occurrenceId}/readiness`).set(auth()).expect(200)).body.ready).toBe(true);
    const ran = [...(await advance(occurrenceId)), ...(await advance(occurrenceId)), ...(await advance(occurrenceId))];
    expect(ran.map((r: { step: string; state: string }) => `${r.step}:${r.state}`)).toEqual([
      'announce:done',
      'remindContributors:done',
      'escalateReadiness:skipped',
    ]);
    expect(ran[2].outcome).toBe('every contribution is ready');
    const [confirmation] = await waitForCount(occurrenceId, 'prepConfirmation', 1);
    expect(confirmation.audience.memberIds).toEqual([people.Ana]);
    expect(await notifications(occurrenceId, 'readinessEscalation')).toEqual([]);

    await http()
      .post(`/occurrences/${occurrenceId}/next-roles`)
      .set(auth())
      .send({ theme: 'Les biais', guideMemberId: people.Ana, contributorMemberIds: [people.Dara] })
      .expect(200);
    await http().post(`/occurrences/${occurrenceId}/next-roles`).set(auth()).send({ guideMemberId: outsider }).expect(422);
    for (let i = 0; i < 4; i++) await advance(occurrenceId);
    const view = (await http().get(`/occurrences/${occurrenceId}`).set(auth()).expect(200)).body;
    expect(view.timeline.find((s: { step: string }) => s.step === 'assignNextRoles').outcome).toContain(
      `roles carried over to the next occurrence ${ahead}`,
    );
    const next = (await http().get(`/occurrences/${ahead}`).set(auth()).expect(200)).body;
    expect(next).toMatchObject({ theme: 'Les biais', roles: { guideMemberId: people.Ana, contributorMemberIds: [people.Dara] } });
    expect((await http().get(`/series/${res.body.series.id}`).set(auth()).expect(200)).body.occurrences).toHaveLength(3); // the horizon: nothing planned twice
  });
});
