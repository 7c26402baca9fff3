import { createTestDatabase, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

/** The registration form offers the occurrence's own format's topic kinds, and shows its rules. */
describe("the registration page follows the occurrence's format", () => {
  let membership: MembershipTestApp;
  // What events sends for each seed format (its contribution kinds and rules), as occurrence.changed carries them.
  const forum = {
    contributionKinds: [{ id: 'workshop' as const }],
    principles: {
      fr: ["Auto-organisation : chacun anime le sujet qu'il propose."],
      en: ['Self-organisation: participants lead the topics they propose.'],
    },
    attendanceRules: {
      fr: ['La présence est volontaire et totalement optionnelle.', 'On a le droit de ne pas venir.'],
      en: ['Attendance is voluntary and entirely optional.', 'You may choose not to come.'],
    },
  };
  const group = { contributionKinds: (['talk', 'demo', 'experienceReport', 'invitedExpert'] as const).map((id) => ({ id })) };
  const agenda = [{ title: { fr: 'Ouverture', en: 'Opening' }, localStart: '10:00', localEnd: '10:30' }];
  const options = (html: string) => [...html.matchAll(/<option value="([a-zA-Z]+)"/g)].map((m) => m[1]);

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_offer'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-offer'),
    });
  });

  afterAll(async () => {
    await membership?.app.close();
  });

  it("offers an open forum's workshops and not the peer group's kinds, and refuses a talk with the reason", async () => {
    const { communityId, memberIds } = await membership.community(['Alice']);
    const { occurrenceId } = await membership.occurrence(communityId, {
      agenda,
      topicKinds: forum.contributionKinds.map((k) => k.id),
      rules: { principles: forum.principles!, attendanceRules: forum.attendanceRules! },
    });
    const link = membership.link(memberIds[0], occurrenceId);
    const page = await membership.http().get(link).expect(200);
    expect(options(page.text)).toEqual(forum.contributionKinds.map((k) => k.id));
    expect(page.text).not.toContain('Exposé');

    const refused = await membership
      .http()
      .post(link)
      .type('form')
      .send({ answer: 'yes', topicTitle: 'Le RGAA en 20 minutes', topicKind: 'talk' })
      .expect(400);
    expect(refused.text).toContain('Ce type de sujet n’est pas proposé pour cette rencontre');
    expect(refused.text).toContain('value="Le RGAA en 20 minutes"');
    const json = await membership
      .http()
      .post(link)
      .set('Accept', 'application/json')
      .send({ answer: 'yes', topicTitle: 'Le RGAA', topicKind: 'talk' })
      .expect(400);
    expect(json.body.issues).toEqual([expect.objectContaining({ path: 'topicKind', code: 'not_offered' })]);
    expect(await membership.published(occurrenceId)).toEqual([]);

    await membership
      .http()
      .post(link)
      .set('Accept', 'application/json')
      .send({ answer: 'yes', topicTitle: 'Comment remplir ma fiche action ?', topicKind: 'workshop' })
      .expect(201);
    const [recorded] = await membership.published(occurrenceId);
    expect(recorded.data.payload.topic).toMatchObject({ kind: 'workshop', title: 'Comment remplir ma fiche action ?' });
  });

  it("shows the format's attendance rules and principles, in the reader's language", async () => {
    const { communityId, memberIds } = await membership.community(['Alice']);
    const { occurrenceId } = await membership.occurrence(communityId, {
      agenda,
      rules: { principles: forum.principles!, attendanceRules: forum.attendanceRules! },
    });
    const page = await membership.http().get(membership.link(memberIds[0], occurrenceId)).expect(200);
    expect(page.text).toContain('<h2>Présence</h2>');
    for (const rule of forum.attendanceRules!.fr) expect(page.text).toContain(rule.replace(/'/g, '&#39;'));
    const english = await membership
      .http()
      .get(`${membership.link(memberIds[0], occurrenceId)}?lang=en`)
      .expect(200);
    expect(english.text).toContain(`<li>${forum.attendanceRules!.en[0]}</li>`);
  });

  it("offers a peer group's four kinds, and every kind while events has not said which", async () => {
    const { communityId, memberIds } = await membership.community(['Alice']);
    const peer = await membership.occurrence(communityId, { agenda, topicKinds: group.contributionKinds.map((k) => k.id) });
    const page = await membership.http().get(membership.link(memberIds[0], peer.occurrenceId)).expect(200);
    expect(options(page.text)).toEqual(['talk', 'demo', 'experienceReport', 'invitedExpert']);
    expect(page.text).not.toContain('<h2>Présence</h2>');
    const older = await membership.occurrence(communityId);
    const olderPage = await membership.http().get(membership.link(memberIds[0], older.occurrenceId)).expect(200);
    expect(options(olderPage.text)).toEqual(['talk', 'demo', 'experienceReport', 'invitedExpert', 'workshop']);
  });
});
