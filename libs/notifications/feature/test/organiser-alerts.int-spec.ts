import { randomUUID } from 'node:crypto';
import type { PayloadOf } from '@cercle/contracts';
import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';
import { NO_MATTERMOST_ACCOUNT } from '../src/organisers/organiser-delivery';

jest.setTimeout(60_000);

const alert: NonNullable<PayloadOf<'notification.requested'>['alert']> = {
  check: 'noGuide',
  raisedAt: '2026-03-01T08:00:00.000Z',
  names: [],
  count: null,
  threshold: 14,
  capacity: null,
  free: null,
  link: 'http://cercle.test/console/occurrences/o1',
};

describe('health alerts to the community’s organisers', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_organiser_alerts'));
  afterAll(() => harness.stop());

  const organiser = (communityId: string, name: string, email: string | null, revision = 1, organiserId = randomUUID()) =>
    harness.feed('community.organiser-changed', {
      communityId,
      organiserId,
      organiserName: name,
      role: 'co-organiser',
      active: true,
      revision,
      organiserEmail: email,
    });

  it('tells each organiser once by email and by Mattermost direct message, and an organiser who is the guide only as the guide', async () => {
    const tag = randomUUID().slice(0, 8);
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Gaelle', mattermostUsername: `gaelle-${tag}` }]);
    const [guide] = members;
    const camille = `camille-${tag}@example.org`;
    const dana = `dana-${tag}@example.org`;
    const camilleAccount = harness.mattermost.addUser({ username: `camille-${tag}`, email: camille });
    await organiser(communityId, 'Camille', camille.toUpperCase());
    // Dana has no Mattermost account; Gaëlle organises too, under the address she has as a member.
    await organiser(communityId, 'Dana', dana);
    await organiser(communityId, 'Gaëlle', guide.email);
    const request = notificationRequest(communityId, {
      kind: 'healthAlert',
      audience: { type: 'organisers', communityId, alsoMemberIds: [guide.memberId] },
      emails: true,
      directMessages: true,
      links: { register: false, notes: false, roleResponse: false, contribution: false },
      alert,
    });
    await harness.feed('notification.requested', request);
    // The same request again (a redelivery under another message id) sends nothing more.
    await harness.feed('notification.requested', request);

    const rows = await harness.settled(request.notificationId, 6);
    expect(rows.map((r) => [r.address, r.channel, r.status]).sort()).toEqual(
      [
        [camille, 'email', 'sent'],
        [camille, 'mattermost-dm', 'sent'],
        [dana, 'email', 'sent'],
        [dana, 'mattermost-dm', 'skipped'],
        [guide.email, 'email', 'sent'],
        [`gaelle-${tag}`, 'mattermost-dm', 'sent'],
      ].sort(),
    );
    expect(rows.find((r) => r.address === dana && r.channel === 'mattermost-dm')?.last_error).toBe(NO_MATTERMOST_ACCOUNT);

    for (const address of [camille, dana, guide.email]) expect(harness.mail.messages({ to: address })).toHaveLength(1);
    const [toCamille] = harness.mail.messages({ to: camille });
    expect(toCamille.subject).toMatch(/^Alerte : /);
    expect(toCamille.text).toContain('Bonjour Camille');
    expect(toCamille.text).toContain(alert.link);
    // No member's preferences nor unsubscribe link: organisers are no members.
    expect(toCamille.text).not.toMatch(/préférences|Ne plus recevoir/);
    // The guide, a member, cannot open the console: no link to it, but what they can do; and nothing
    // offers to unsubscribe from an alert that unsubscribing would not stop.
    const [toGuide] = harness.mail.messages({ to: guide.email });
    expect(toGuide.text).not.toContain(alert.link);
    expect(toGuide.text).toContain('Si vous pouvez guider cette rencontre, dites-le aux organisateurs');
    expect(toGuide.text).not.toContain('Ne plus recevoir');
    expect(toGuide.raw.toString()).not.toMatch(/^List-Unsubscribe:/im);
    expect(toCamille.text).toContain('Nommez un·e guide');
    const dm = harness.mattermost
      .channels()
      .filter((c) => c.type === 'D' && c.name.includes(camilleAccount.id))
      .flatMap((c) => harness.mattermost.posts({ channelId: c.id }));
    expect(dm).toHaveLength(1);
    expect(dm[0].message).toContain(':rotating_light:');
  });

  it('keeps the newest address of an organiser whatever order their changes arrive in, and forgets one who left', async () => {
    const tag = randomUUID().slice(0, 8);
    const { communityId } = await seedCommunity(harness, [{ name: 'Gaston' }], { channel: false });
    const organiserId = randomUUID();
    const newer = `nouvelle-${tag}@example.org`;
    await organiser(communityId, 'Élise', newer, 3, organiserId);
    await organiser(communityId, 'Élise', `ancienne-${tag}@example.org`, 2, organiserId);
    const leaving = randomUUID();
    await organiser(communityId, 'Fabien', `fabien-${tag}@example.org`, 1, leaving);
    await harness.feed('community.organiser-changed', {
      communityId,
      organiserId: leaving,
      organiserName: 'Fabien',
      role: 'co-organiser',
      active: false,
      revision: 2,
      organiserEmail: `fabien-${tag}@example.org`,
    });
    const request = notificationRequest(communityId, {
      kind: 'healthAlertCleared',
      audience: { type: 'organisers', communityId, alsoMemberIds: [] },
      emails: true,
      directMessages: true,
      links: { register: false, notes: false, roleResponse: false, contribution: false },
      alert,
    });
    await harness.feed('notification.requested', request);

    const rows = await harness.settled(request.notificationId, 1);
    expect(rows.map((r) => [r.address, r.channel, r.status])).toEqual([[newer, 'email', 'sent']]);
  });
});
