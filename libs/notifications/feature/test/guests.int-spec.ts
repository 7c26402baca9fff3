import { randomUUID } from 'node:crypto';
import type { PayloadOf } from '@cercle/contracts';
import { waitFor } from '@cercle/testing';
import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';

jest.setTimeout(60_000);

/** Guests registered from a public page get what is sent to them by name, never what goes to every member. */
describe('notifications: guests', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_guests', { mattermost: false }));
  afterAll(() => harness.stop());

  const guestOf = async (communityId: string) => {
    const guest = {
      memberId: randomUUID(),
      name: 'Zoé Invitée',
      email: `zoe-${randomUUID().slice(0, 8)}@example.org`,
      language: 'fr' as const,
      mattermostUsername: null,
    };
    await harness.feed('member.changed', { ...guest, communityId, active: true, guest: true });
    return guest;
  };

  it('leaves a guest out of a community announcement, and sends them a reminder addressed to registrants', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Membre' }], { channel: false });
    const guest = await guestOf(communityId);

    const announcement = notificationRequest(communityId);
    await harness.feed('notification.requested', announcement);
    await harness.settled(announcement.notificationId, 1);
    expect((await harness.deliveries(announcement.notificationId)).map((d) => d.address)).toEqual([members[0].email]);

    const reminder = notificationRequest(communityId, {
      kind: 'participantReminder',
      occurrence: announcement.occurrence,
      audience: { type: 'members', memberIds: [members[0].memberId, guest.memberId] },
    });
    await harness.feed('notification.requested', reminder);
    await harness.settled(reminder.notificationId, 2);
    await waitFor(() => harness.mail.messages({ to: guest.email }).length === 1, { description: 'the guest’s reminder' });
  });

  it('announces no open occurrence to a guest on arrival, but does once an organiser makes them a member', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Premier' }], { channel: false });
    const open = notificationRequest(communityId, {
      occurrence: { ...notificationRequest(communityId).occurrence, startsAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString() },
    });
    await harness.feed('notification.requested', open);
    await harness.settled(open.notificationId, 1);

    const guest = await guestOf(communityId);
    expect((await harness.deliveries(open.notificationId)).map((d) => d.address)).not.toContain(guest.email);

    await harness.feed('member.changed', { ...guest, communityId, active: true, guest: false });
    await harness.settled(open.notificationId, 2);
    expect((await harness.deliveries(open.notificationId)).map((d) => d.address)).toContain(guest.email);
  });

  it('mails the link asked for on a public page once, in the page’s language, and nothing for a link already expired', async () => {
    const requested: PayloadOf<'registration.link-requested'> = {
      requestId: randomUUID(),
      purpose: 'confirm',
      email: `sam-${randomUUID().slice(0, 8)}@example.org`,
      name: 'Sam',
      language: 'en',
      occurrenceTitle: 'Rencontres ALLiaNCE',
      startsAt: '2027-03-18T09:00:00.000Z',
      timeZone: 'Europe/Paris',
      location: null,
      url: `http://localhost:3000/join/confirm/${randomUUID()}`,
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    };
    const messageId = randomUUID();
    await harness.feed('registration.link-requested', requested, messageId);
    await harness.feed('registration.link-requested', requested, messageId);
    const [mail, ...more] = harness.mail.messages({ to: requested.email });
    expect(more).toHaveLength(0);
    expect(mail.subject).toBe('Confirm your registration for “Rencontres ALLiaNCE”');
    expect(mail.text).toContain(requested.url);

    const late = {
      ...requested,
      requestId: randomUUID(),
      email: `late-${randomUUID().slice(0, 8)}@example.org`,
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    };
    await harness.feed('registration.link-requested', late);
    expect(harness.mail.messages({ to: late.email })).toHaveLength(0);
  });
});
