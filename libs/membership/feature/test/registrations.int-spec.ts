import type { Job } from 'bullmq';
import { createTestDatabase, nonIsoTimes, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

describe('registration: answers, capacity and the waiting list', () => {
  let membership: MembershipTestApp;

  const answer = (memberId: string, occurrenceId: string, body: Record<string, string>) =>
    membership.http().post(membership.link(memberId, occurrenceId)).set('Accept', 'application/json').send(body);
  const payloads = async (occurrenceId: string) => (await membership.published(occurrenceId)).map((job: Job) => job.data.payload);
  /** Each member's latest message (a member's own messages come from successive transactions, so in order). */
  const latestPerMember = async (occurrenceId: string) => new Map((await payloads(occurrenceId)).map((p) => [p.memberId as string, p]));
  const organiserList = async (occurrenceId: string) =>
    (
      await membership
        .http()
        .get(`/registrations/${occurrenceId}`)
        .set('Authorization', `Bearer ${await membership.organiser()}`)
        .expect(200)
    ).body;

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_reg'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-reg'),
    });
  });

  afterAll(async () => {
    await membership?.app.close();
  });

  it('lets a member answer and change their mind while registration is open, each change published once', async () => {
    const { communityId, memberIds } = await membership.community(['Alice']);
    const { occurrenceId } = await membership.occurrence(communityId);
    await answer(memberIds[0], occurrenceId, { answer: 'maybe' }).expect(201);
    await answer(memberIds[0], occurrenceId, { answer: 'yes', topicTitle: 'Le DSFR en pratique', topicKind: 'demo' }).expect(201);

    const page = await membership.http().get(membership.link(memberIds[0], occurrenceId)).expect(200);
    expect(page.text).toContain('Votre réponse actuelle : Oui.');
    expect(page.text).toContain('Votre place est confirmée.');
    expect(await payloads(occurrenceId)).toEqual([
      expect.objectContaining({ memberId: memberIds[0], answer: 'maybe', status: 'declined', promoted: false, topic: null }),
      expect.objectContaining({
        answer: 'yes',
        status: 'confirmed',
        topic: { title: 'Le DSFR en pratique', kind: 'demo', description: null },
      }),
    ]);
  });

  it('puts yes answers beyond the capacity on the waiting list, in order, and shows organisers the list', async () => {
    const { communityId, memberIds } = await membership.community(['A', 'B', 'C', 'D', 'E']);
    const { occurrenceId } = await membership.occurrence(communityId, { capacity: 2 });
    for (const id of memberIds.slice(0, 4)) await answer(id, occurrenceId, { answer: 'yes' }).expect(201);
    await answer(memberIds[4], occurrenceId, { answer: 'maybe' }).expect(201);

    expect((await payloads(occurrenceId)).map((p) => [p.status, p.waitlistPosition])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['declined', null],
    ]);
    const list = await organiserList(occurrenceId);
    expect(list.counts).toEqual({ yes: 4, no: 0, maybe: 1, confirmed: 2, waitlisted: 2 });
    expect(nonIsoTimes(list)).toEqual([]);
    expect(list.waitingList.map((w: { position: number; memberName: string }) => [w.position, w.memberName])).toEqual([
      [1, 'C'],
      [2, 'D'],
    ]);
    const page = await membership
      .http()
      .get(`${membership.link(memberIds[3], occurrenceId)}?lang=en`)
      .expect(200);
    expect(page.text).toContain('You are on the waiting list, in position 2.');
  });

  it('promotes the first waitlisted person when a confirmed person changes to maybe or no, and tells events so', async () => {
    const { communityId, memberIds } = await membership.community(['A', 'B', 'C', 'D']);
    const { occurrenceId } = await membership.occurrence(communityId, { capacity: 2 });
    for (const id of memberIds) await answer(id, occurrenceId, { answer: 'yes' }).expect(201);

    await answer(memberIds[0], occurrenceId, { answer: 'maybe' }).expect(201);
    await answer(memberIds[1], occurrenceId, { answer: 'no' }).expect(201);

    const last = await latestPerMember(occurrenceId);
    expect(last.get(memberIds[0])).toMatchObject({ answer: 'maybe', status: 'declined', promoted: false });
    expect(last.get(memberIds[1])).toMatchObject({ answer: 'no', status: 'declined', promoted: false });
    expect(last.get(memberIds[2])).toMatchObject({
      memberName: 'C',
      answer: 'yes',
      status: 'confirmed',
      promoted: true,
      waitlistPosition: null,
    });
    expect(last.get(memberIds[3])).toMatchObject({
      memberName: 'D',
      answer: 'yes',
      status: 'confirmed',
      promoted: true,
      waitlistPosition: null,
    });
    expect((await payloads(occurrenceId)).filter((p) => p.promoted)).toHaveLength(2);
    expect((await organiserList(occurrenceId)).counts).toEqual({ yes: 2, no: 1, maybe: 1, confirmed: 2, waitlisted: 0 });
  });

  it('promotes waitlisted people in order when the capacity grows', async () => {
    const { communityId, memberIds } = await membership.community(['A', 'B', 'C', 'D']);
    const first = await membership.occurrence(communityId, { capacity: 1 });
    for (const id of memberIds) await answer(id, first.occurrenceId, { answer: 'yes' }).expect(201);

    await membership.occurrence(communityId, { ...first, capacity: 3 });

    const promoted = (await payloads(first.occurrenceId)).filter((p) => p.promoted);
    expect(promoted.map((p) => p.memberId).sort()).toEqual([memberIds[1], memberIds[2]].sort());
    const list = await organiserList(first.occurrenceId);
    expect(list.counts).toMatchObject({ confirmed: 3, waitlisted: 1 });
    expect(list.waitingList).toEqual([expect.objectContaining({ position: 1, memberId: memberIds[3] })]);
  });

  it('confirms exactly as many people as there are places when many say yes at the same moment', async () => {
    const capacity = 5;
    const { communityId, memberIds } = await membership.community(Array.from({ length: 24 }, (_, i) => `Membre ${i}`));
    const { occurrenceId } = await membership.occurrence(communityId, { capacity });

    const results = await Promise.all(memberIds.map((id) => answer(id, occurrenceId, { answer: 'yes' })));
    expect(results.map((r) => r.status)).toEqual(memberIds.map(() => 201));

    const list = await organiserList(occurrenceId);
    expect(list.counts).toMatchObject({ yes: 24, confirmed: capacity, waitlisted: 24 - capacity });
    const positions = (await payloads(occurrenceId)).filter((p) => p.status === 'waitlisted').map((p) => p.waitlistPosition);
    expect([...positions].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 - capacity }, (_, i) => i + 1));
  });

  it('never promotes the same person twice nor overfills when confirmed people cancel at the same moment', async () => {
    const { communityId, memberIds } = await membership.community(Array.from({ length: 10 }, (_, i) => `Membre ${i}`));
    const { occurrenceId } = await membership.occurrence(communityId, { capacity: 4 });
    for (const id of memberIds) await answer(id, occurrenceId, { answer: 'yes' }).expect(201);

    const cancellations = await Promise.all(memberIds.slice(0, 4).map((id) => answer(id, occurrenceId, { answer: 'no' })));
    expect(cancellations.map((r) => r.status)).toEqual([201, 201, 201, 201]);

    const promoted = (await payloads(occurrenceId)).filter((p) => p.promoted).map((p) => p.memberId);
    expect(promoted.sort()).toEqual(memberIds.slice(4, 8).sort());
    const list = await organiserList(occurrenceId);
    expect(list.counts).toEqual({ yes: 6, no: 4, maybe: 0, confirmed: 4, waitlisted: 2 });
    expect(list.waitingList.map((w: { memberId: string }) => w.memberId)).toEqual(memberIds.slice(8));
  });

  it('says clearly that registration is closed, on the page and when an answer is posted, and records nothing', async () => {
    const { communityId, memberIds } = await membership.community(['Alice']);
    const { occurrenceId } = await membership.occurrence(communityId, { status: 'closed', registrationOpen: false });

    const page = await membership.http().get(membership.link(memberIds[0], occurrenceId)).expect(200);
    expect(page.text).toContain('Les inscriptions sont closes');
    expect(page.text).not.toContain('<form');

    const posted = await membership
      .http()
      .post(membership.link(memberIds[0], occurrenceId))
      .type('form')
      .send({ answer: 'yes' })
      .expect(409);
    expect(posted.text).toContain('Les inscriptions sont closes : votre réponse n’a pas été enregistrée.');
    const json = await answer(memberIds[0], occurrenceId, { answer: 'yes' }).expect(409);
    expect(json.body).toMatchObject({ code: 'registration-closed' });
    expect(await payloads(occurrenceId)).toEqual([]);
  });

  it('says that a cancelled occurrence is cancelled', async () => {
    const { communityId, memberIds } = await membership.community(['Alice'], 'en');
    const { occurrenceId } = await membership.occurrence(communityId, { status: 'cancelled', registrationOpen: false });

    const page = await membership.http().get(membership.link(memberIds[0], occurrenceId)).expect(200);
    expect(page.text).toContain('This gathering is cancelled.');
    await answer(memberIds[0], occurrenceId, { answer: 'yes' }).expect(409, /occurrence-cancelled/);
  });

  it('says only that a cancelled occurrence is cancelled, with its reason, to someone who had a place; it takes no answer', async () => {
    const { communityId, memberIds } = await membership.community(['Alice']);
    const occurrence = await membership.occurrence(communityId);
    await answer(memberIds[0], occurrence.occurrenceId, { answer: 'yes' }).expect(201);
    await membership.occurrence(communityId, {
      ...occurrence,
      status: 'cancelled',
      registrationOpen: false,
      cancellationReason: 'Salle indisponible',
    });
    const before = (await payloads(occurrence.occurrenceId)).length;

    const page = await membership.http().get(membership.link(memberIds[0], occurrence.occurrenceId)).expect(200);
    expect(page.text).toContain('Cette rencontre est annulée.</strong> Motif : Salle indisponible Elle n’accepte plus de réponse.');
    expect(page.text).not.toContain('Votre place est confirmée');
    expect(page.text).not.toContain('<form');
    const posted = await membership
      .http()
      .post(membership.link(memberIds[0], occurrence.occurrenceId))
      .type('form')
      .send({ answer: 'no' })
      .expect(409);
    expect(posted.text).toContain('Motif : Salle indisponible');
    expect(posted.text).not.toContain('Votre place est confirmée');
    expect(await payloads(occurrence.occurrenceId)).toHaveLength(before);
  });

  it('refuses a member of another community with a clear message', async () => {
    const home = await membership.community(['Alice']);
    const other = await membership.community(['Bob']);
    const { occurrenceId } = await membership.occurrence(home.communityId);

    const page = await membership.http().get(membership.link(other.memberIds[0], occurrenceId)).expect(403);
    expect(page.text).toContain('Cette rencontre est réservée aux membres de sa communauté');
    expect(page.text).not.toMatch(/at .*\.ts:\d+/);
    await answer(other.memberIds[0], occurrenceId, { answer: 'yes' }).expect(403, /not-in-community/);
    expect(await payloads(occurrenceId)).toEqual([]);
  });

  it('shows form errors that name the field and keeps what the person typed', async () => {
    const { communityId, memberIds } = await membership.community(['Alice']);
    const { occurrenceId } = await membership.occurrence(communityId);
    const res = await membership
      .http()
      .post(membership.link(memberIds[0], occurrenceId))
      .type('form')
      .send({ answer: 'yes', topicKind: 'workshop', topicDescription: 'Un atelier <b>' })
      .expect(400);

    expect(res.text).toContain('<a href="#topicTitle">Titre du sujet : Donnez un titre au sujet');
    expect(res.text).toMatch(/id="topicTitle"[^>]*aria-describedby="topicTitle-hint topicTitle-error" aria-invalid="true"/);
    expect(res.text).toContain('<option value="workshop" selected>');
    expect(res.text).toContain('Un atelier &lt;b&gt;</textarea>');
    expect(await payloads(occurrenceId)).toEqual([]);
  });
});
