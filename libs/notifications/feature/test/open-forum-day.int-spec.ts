import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';

jest.setTimeout(60_000);

/** What the open forum's day and its rules become once notifications sends them: a channel post, an email block. */
describe("notifications: the open forum's programme post and rules", () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_open_forum'));
  afterAll(() => harness.stop());

  it("posts the day's programme in the channel only, with the room's page link, and emails nobody", async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Alice' }, { name: 'Bruno' }]);
    const base = notificationRequest(communityId);
    const request = notificationRequest(communityId, {
      kind: 'programme',
      emails: false,
      channelPost: true,
      links: { register: false, notes: false, roleResponse: false, contribution: false },
      dayPage: 'http://localhost:3000/day/abc.def',
      occurrence: {
        ...base.occurrence,
        topics: [
          {
            title: 'Fiche action',
            kind: 'workshop',
            description: null,
            proposer: 'Alex',
            selected: true,
            room: 'Salle 1',
            localStart: '10:30',
            localEnd: '12:30',
          },
        ],
      },
    });
    await harness.feed('notification.requested', request);
    const rows = await harness.settled(request.notificationId, 1);
    expect(rows.map((r) => [r.channel, r.status])).toEqual([['mattermost-post', 'sent']]);
    const post = harness.mattermost.posts({ channelId: harness.channelId }).find((p) => p.message.includes('Programme du jour'))!;
    expect(post.message).toContain('- 10:30–12:30 · Salle 1 · **Fiche action** (Alex)');
    expect(post.message).toContain('(http://localhost:3000/day/abc.def)');
    expect(harness.mail.messages().filter((m) => members.some((member) => member.email === m.to[0]))).toEqual([]);
  });

  it("shows the format's attendance rules in each member's announcement", async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Chloe' }]);
    const base = notificationRequest(communityId);
    const request = notificationRequest(communityId, {
      occurrence: {
        ...base.occurrence,
        rules: {
          principles: { fr: ['Auto-organisation.'], en: ['Self-organisation.'] },
          attendanceRules: { fr: ['On a le droit de ne pas venir.'], en: ['You may choose not to come.'] },
        },
      },
    });
    await harness.feed('notification.requested', request);
    await harness.settled(request.notificationId, 1);
    const [email] = harness.mail.messages({ to: members[0].email });
    expect(email.text).toContain('Présence :\n- On a le droit de ne pas venir.');
    expect(email.text).toContain('Comment ça se passe :\n- Auto-organisation.');
  });
});
