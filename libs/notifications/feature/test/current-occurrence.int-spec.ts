import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';

jest.setTimeout(60_000);

/** A message sent late (a retry, a resend) tells of the occurrence as it now is, or is not sent at all. */
describe('notifications: a late delivery against the current occurrence', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_current_occurrence'));
  afterAll(() => harness.stop());

  // Refused for good, then the occurrence changes, then the organiser resends.
  async function failedThenChanged(change: {
    status: 'announced' | 'cancelled';
    startsAt: string;
    endsAt: string;
    calendarSequence: number;
    location: string;
  }) {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Nadia' }], { channel: false });
    harness.mail.rejectNext(1, { code: 550, message: 'Mailbox unavailable' });
    const request = notificationRequest(communityId);
    await harness.feed('notification.requested', request);
    const [row] = await harness.settled(request.notificationId, 1);
    expect(row.status).toBe('failed');
    const o = request.occurrence;
    await harness.feed('occurrence.changed', {
      occurrenceId: o.occurrenceId,
      seriesId: o.seriesId,
      communityId,
      title: o.title,
      timeZone: o.timeZone,
      registrationOpen: change.status !== 'cancelled',
      capacity: null,
      ...change,
    });
    expect((await harness.http('POST', `/deliveries/${row.id}/resend`)).status).toBe(202);
    const [after] = await harness.settled(request.notificationId, 1);
    return { after, email: members[0].email };
  }

  it('skips, with its reason, a resent message about an occurrence cancelled since', async () => {
    const { after, email } = await failedThenChanged({
      status: 'cancelled',
      startsAt: '2026-03-12T09:00:00.000Z',
      endsAt: '2026-03-12T17:00:00.000Z',
      calendarSequence: 2,
      location: 'Paris, 20 avenue de Ségur',
    });
    expect(after.status).toBe('skipped');
    expect(after.last_error).toContain('cancelled after this message was written');
    expect(harness.mail.messages({ to: email })).toHaveLength(0);
  });

  it('sends a resent message with the date, place and invite SEQUENCE of the occurrence as it now is', async () => {
    // Moved from Thursday 12 March 2026, 10:00–18:00 to Monday 16 March 2026, 14:00–16:00, Salle 2.
    const { after, email } = await failedThenChanged({
      status: 'announced',
      startsAt: '2026-03-16T13:00:00.000Z',
      endsAt: '2026-03-16T15:00:00.000Z',
      calendarSequence: 1,
      location: 'Salle 2',
    });
    expect(after.status).toBe('sent');
    const [message] = harness.mail.messages({ to: email });
    expect(message.text).toContain('lundi 16 mars 2026, 14:00–16:00 (heure de Paris)');
    expect(message.text).toContain('Salle 2');
    expect(message.text).not.toContain('12 mars');
    const ics = message.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8') ?? '';
    if (ics) expect(ics).toMatch(/SEQUENCE:1\r?\n/);
  });
});
