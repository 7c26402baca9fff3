import { randomUUID } from 'node:crypto';
import { LinkPurpose, type PayloadOf } from '@cercle/contracts';
import { verifyLink } from '@cercle/signed-links';
import {
  LINK_SECRET,
  notificationRequest,
  NotificationsHarness,
  PUBLIC_URL,
  seedCommunity,
  type TestMember,
} from './notifications-harness';

jest.setTimeout(60_000);

type Request = PayloadOf<'notification.requested'>;
type Part = NonNullable<Request['contributions']>[number];

const part = (member: TestMember, fields: Partial<Part>): Part => ({
  memberId: member.memberId,
  memberName: member.name,
  role: 'contributor',
  kind: null,
  title: null,
  materialsUrl: null,
  workshop: null,
  missing: [],
  ...fields,
});

/**
 * What people read, through the whole path (request, planning, rendering, SMTP and Mattermost): whose
 * contribution a prep email shows, the links its calls to action promise, and the next session's date.
 */
describe('notifications: the words each person receives', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_words'));
  afterAll(() => harness.stop());

  it("gives the guide everyone's readiness and each contributor their own part with a link to fill it in", async () => {
    const { communityId, members } = await seedCommunity(harness, [
      { name: 'Bruno' },
      { name: 'Chloe' },
      { name: 'David', language: 'en' },
    ]);
    const [guide, chloe, david] = members;
    const base = notificationRequest(communityId, {
      kind: 'prepReminder',
      links: { register: false, notes: false, roleResponse: false, contribution: true },
    });
    const parts = [
      part(chloe, { kind: 'talk', title: 'Le RGAA en 20 minutes', missing: ['materials'] }),
      part(david, { kind: 'demo', missing: ['title', 'materials'] }),
    ];
    const toGuide: Request = { ...base, audience: { type: 'members', memberIds: [guide.memberId] }, contributions: parts };
    const toChloe: Request = {
      ...base,
      notificationId: randomUUID(),
      audience: { type: 'members', memberIds: [chloe.memberId] },
      contributions: [parts[0]],
    };
    const toDavid: Request = {
      ...base,
      notificationId: randomUUID(),
      audience: { type: 'members', memberIds: [david.memberId] },
      contributions: [parts[1]],
    };
    for (const request of [toGuide, toChloe, toDavid]) {
      await harness.feed('notification.requested', request);
      await harness.settled(request.notificationId, 1);
    }

    const [guideMail] = harness.mail.messages({ to: guide.email });
    expect(guideMail.text).not.toContain('Votre contribution');
    expect(guideMail.text).toContain('- Chloe (contributeur·rice) : « Le RGAA en 20 minutes » [exposé] — il manque les supports');
    expect(guideMail.text).toContain('- David (contributeur·rice) [démonstration] — il manque le titre et les supports');

    const [chloeMail] = harness.mail.messages({ to: chloe.email });
    expect(chloeMail.text).toContain('Votre contribution : « Le RGAA en 20 minutes » [exposé]\nIl manque encore les supports.');
    const token = new RegExp(`${PUBLIC_URL}/contributions/([^\\s]+)`).exec(chloeMail.text ?? '')?.[1];
    expect(token).toBeDefined();
    const claim = verifyLink(LINK_SECRET, decodeURIComponent(token!), LinkPurpose.Contribution, new Date('2026-03-01T00:00:00Z'));
    expect(claim).toMatchObject({ memberId: chloe.memberId, subjectId: base.occurrence.occurrenceId });

    const [davidMail] = harness.mail.messages({ to: david.email });
    expect(davidMail.text).toContain('Your contribution: no title yet [demo]\nStill missing: the title and the materials.');
    expect(davidMail.text).toMatch(new RegExp(`Fill in your contribution before the day: ${PUBLIC_URL}/contributions/\\S+`));
  });

  it('links the channel announcement of an occurrence open to guests to its public registration page', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Eve' }]);
    const base = notificationRequest(communityId);
    const request = notificationRequest(communityId, {
      channelPost: true,
      emails: false,
      occurrence: { ...base.occurrence, openToGuests: true },
    });
    await harness.feed('notification.requested', request);
    await harness.settled(request.notificationId, 1);
    const [post] = harness.mattermost
      .posts({ channelId: harness.channelId })
      .filter((p) => p.message.includes(request.occurrence.occurrenceId));
    expect(post.message).toContain(`[S’inscrire et proposer un sujet](${PUBLIC_URL}/join/${request.occurrence.occurrenceId})`);
  });

  it('sends members to their own email, not to /join, in the channel announcement of a members-only occurrence', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Fanny' }]);
    const base = notificationRequest(communityId);
    const request = notificationRequest(communityId, {
      channelPost: true,
      emails: false,
      occurrence: { ...base.occurrence, title: 'Groupe de pairs', openToGuests: false },
    });
    await harness.feed('notification.requested', request);
    await harness.settled(request.notificationId, 1);
    const [post] = harness.mattermost
      .posts({ channelId: harness.channelId })
      .filter((p) => p.message.includes('Groupe de pairs') && p.message.includes('lien personnel'));
    expect(post.message).toContain(
      'Chaque membre trouve dans son e-mail d’annonce son lien personnel pour s’inscrire et proposer un sujet.',
    );
    expect(post.message).not.toContain('/join/');
  });

  it("dates the next session in the series' time zone, and « d’ » before a vowel", async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Farid' }]);
    const request = notificationRequest(communityId, {
      kind: 'nextRoles',
      audience: { type: 'members', memberIds: [members[0].memberId] },
      nextRoles: { theme: 'Legal design', guide: 'Farid', contributors: [], startsAt: '2026-04-01T15:00:00.000Z' },
      links: { register: false, notes: false, roleResponse: true, contribution: false },
    });
    await harness.feed('notification.requested', request);
    await harness.settled(request.notificationId, 1);
    const [mail] = harness.mail.messages({ to: members[0].email });
    expect(mail.text).toContain('Date : mercredi 1er avril 2026 à 17:00 (heure de Paris)');
    expect(mail.subject).toBe('Prochaine session d’ALLiaNCE : thème et rôles');
  });
});
