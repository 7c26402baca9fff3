import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Job } from 'bullmq';
import { MessageName, PayloadOf, QueueName } from '@cercle/contracts';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { MemberRef } from '../src/entities/member-ref.entity';
import { Occurrence } from '../src/entities/occurrence.entity';
import { OccurrenceNote } from '../src/entities/occurrence-note.entity';
import { RegistrationAnswer } from '../src/entities/registration-answer.entity';
import { RotationPreference } from '../src/entities/rotation-preference.entity';
import { TopicProposal } from '../src/entities/topic-proposal.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

jest.setTimeout(60_000);

/** Events' part of a member's export and erasure, answered on membership's queue. */
describe('events: a member’s personal data', () => {
  let events: EventsTestApp;
  let occurrenceId: string;
  const communityId = randomUUID();
  const [alice, bob] = [randomUUID(), randomUUID()];
  const year = new Date().getUTCFullYear() + 1;
  const member = (memberId: string, name: string): PayloadOf<'member.changed'> => ({
    memberId,
    communityId,
    name,
    email: `${memberId}@example.org`,
    language: 'fr',
    mattermostUsername: null,
    active: true,
  });
  const erased = (memberId: string): PayloadOf<'member.erased'> => ({
    erasureId: randomUUID(),
    memberId,
    communityId,
    anonymisedName: 'Membre effacé',
    anonymisedEmail: `erased-${memberId}@cercle.invalid`,
  });

  /** The answer events sent to membership for one request (export or erasure id). */
  async function answer<N extends MessageName>(name: N, id: string): Promise<PayloadOf<N>> {
    const job = await waitFor(
      async () =>
        (await events.jobs(QueueName.Membership)).find(
          (j: Job) => j.name === name && (j.data.payload.exportId ?? j.data.payload.erasureId) === id,
        ),
      { description: `${name} for ${id}` },
    );
    return job.data.payload;
  }

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_personal'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-pd'),
    });
    const token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: null, defaultLanguage: 'fr' });
    await events.deliver('member.changed', member(alice, 'Alice Martin'));
    await events.deliver('member.changed', member(bob, 'Bob Durand'));
    await waitFor(async () => (await events.em().count(MemberRef, { communityId })) === 2, { description: 'the member copies' });
    const res = await request(events.app.getHttpServer())
      .post('/series')
      .set('Authorization', `Bearer ${token}`)
      .send({
        communityId,
        title: 'Groupe',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', firstDate: `${year}-03-01`, startTime: '12:30' },
        guideMemberId: alice,
        contributorMemberIds: [bob],
      })
      .expect(201);
    occurrenceId = res.body.occurrence.id;
    await events.deliver('registration.recorded', {
      registrationId: randomUUID(),
      occurrenceId,
      memberId: alice,
      memberName: 'Alice Martin',
      answer: 'yes',
      status: 'confirmed',
      waitlistPosition: null,
      promoted: false,
      topic: { title: 'Le DSFR en pratique', kind: 'demo', description: null },
    });
    await waitFor(async () => (await events.em().count(TopicProposal, { memberId: alice })) === 1, { description: 'the topic proposal' });
    const em = events.em();
    em.create(RotationPreference, { memberId: alice, volunteer: true, awayUntil: null, updatedAt: new Date() });
    em.create(OccurrenceNote, {
      occurrenceId,
      workshop: 'Atelier',
      scribeName: 'Alice Martin',
      scribeMemberId: alice,
      markdown: '# Notes',
      submittedAt: new Date(),
    });
    await em.flush();
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('sends everything it holds about the member as its part of the export', async () => {
    const exportId = randomUUID();
    await events.deliver('member.export-requested', { exportId, memberId: alice, communityId });
    const part = await answer('member.export-part', exportId);
    expect(part).toMatchObject({ memberId: alice, service: 'events' });
    expect(part.data).toMatchObject({
      memberCopy: { id: alice, name: 'Alice Martin' },
      registrationAnswers: [{ occurrenceId, answer: 'yes' }],
      topicProposals: [{ title: 'Le DSFR en pratique', proposerName: 'Alice Martin' }],
      roles: [{ occurrenceId, guide: true, contributor: false }],
      rotationPreference: { volunteer: true },
      notesAuthored: [{ workshop: 'Atelier', scribeName: 'Alice Martin' }],
    });
    expect(JSON.stringify(part.data)).not.toContain(bob);
  });

  it('anonymises the member, frees the guide role of a coming occurrence and reports it, then changes nothing more', async () => {
    const first = erased(alice);
    await events.deliver('member.erased', first);
    const done = await answer('member.erasure-done', first.erasureId);
    expect(done).toMatchObject({ service: 'events', guideFreedOn: [occurrenceId] });
    expect(done.counts).toMatchObject({
      memberCopy: 1,
      topicProposals: 1,
      notes: 1,
      rotationPreferences: 1,
      guideRolesFreed: 1,
      contributorRolesFreed: 0,
    });

    const em = events.em();
    const occurrence = await em.findOneOrFail(Occurrence, { id: occurrenceId });
    expect([occurrence.guideMemberId, occurrence.contributorMemberIds]).toEqual([null, [bob]]);
    expect(await em.findOneOrFail(TopicProposal, { memberId: alice })).toMatchObject({
      proposerName: 'Membre effacé',
      title: 'Le DSFR en pratique',
    });
    expect(await em.findOneOrFail(OccurrenceNote, { occurrenceId })).toMatchObject({ scribeName: 'Membre effacé', markdown: '# Notes' });
    expect(await em.findOneOrFail(MemberRef, { id: alice })).toMatchObject({ name: 'Membre effacé', active: false });
    // The answer still counts.
    expect(await em.count(RegistrationAnswer, { occurrenceId, memberId: alice, answer: 'yes' })).toBe(1);

    const again = erased(alice);
    await events.deliver('member.erased', again);
    const second = await answer('member.erasure-done', again.erasureId);
    expect(second.guideFreedOn).toEqual([]);
    expect(Object.values(second.counts).every((n) => n === 0)).toBe(true);
  });

  it('keeps the roles of occurrences that had already started when the member was erased', async () => {
    const late = erased(bob);
    await events.deliver('member.erased', late, new Date(`${year + 5}-01-01T00:00:00Z`));
    const done = await answer('member.erasure-done', late.erasureId);
    expect(done.counts).toMatchObject({ memberCopy: 1, contributorRolesFreed: 0 });
    expect((await events.em().findOneOrFail(Occurrence, { id: occurrenceId })).contributorMemberIds).toEqual([bob]);
  });
});
