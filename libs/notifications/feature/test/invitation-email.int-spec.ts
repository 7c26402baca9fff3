import { randomUUID } from 'node:crypto';
import type { PayloadOf } from '@cercle/contracts';
import { NotificationsHarness, PUBLIC_URL } from './notifications-harness';

// organiser.invited retries with the contracts' backoff (exponential from 1 s): these tests wait for it.
jest.setTimeout(60_000);

describe('notifications: the email of an invitation to co-organise', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_invitation'));
  afterAll(() => harness.stop());

  function invitation(changes: Partial<PayloadOf<'organiser.invited'>> = {}): PayloadOf<'organiser.invited'> {
    const invitationId = randomUUID();
    return {
      invitationId,
      email: `guest-${invitationId.slice(0, 8)}@example.org`,
      inviteeName: 'Dominique',
      inviterName: 'Camille',
      communityName: 'EIG',
      language: 'fr',
      url: `${PUBLIC_URL}/invitations/${invitationId}.signature`,
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
      ...changes,
    };
  }
  const row = async (invitationId: string) =>
    (
      await harness.sql<{ status: string; last_error: string | null }>(
        `select * from "notifications"."invitation_email" where "invitation_id" = ?`,
        [invitationId],
      )
    )[0];

  it('sends it once after the SMTP server deferred it (451): the failure is retried', async () => {
    const invited = invitation();
    harness.mail.rejectNext(1, { code: 451 });
    await harness.feed('organiser.invited', invited, undefined, { retries: true });
    const received = harness.mail.messages({ to: invited.email });
    expect(received).toHaveLength(1);
    expect(received[0].subject).toBe('Camille vous invite à co-organiser EIG sur Cercle');
    expect(await row(invited.invitationId)).toMatchObject({ status: 'sent' });
  });

  it('writes it in English when asked, with the link in the text and the HTML', async () => {
    const invited = invitation({ language: 'en', inviteeName: null, communityName: 'Tom & <Jerry>' });
    await harness.feed('organiser.invited', invited);
    const [email] = harness.mail.messages({ to: invited.email });
    expect(email.subject).toBe('Camille invites you to co-organise Tom & <Jerry> on Cercle');
    expect(email.text).toContain(`To accept, open this link`);
    expect(email.text).toContain(invited.url);
    expect(email.html).toContain(`href="${invited.url}"`);
    expect(email.html).toContain('Tom &amp; &lt;Jerry&gt;');
  });

  it('records a permanent refusal (550) once, without retrying or sending again', async () => {
    const invited = invitation();
    harness.mail.rejectNext(1, { code: 550, message: 'Mailbox unavailable' });
    await harness.feed('organiser.invited', invited);
    await harness.feed('organiser.invited', invited);
    expect(harness.mail.messages({ to: invited.email })).toHaveLength(0);
    expect((await row(invited.invitationId)).last_error).toContain('Mailbox unavailable');
    expect(await row(invited.invitationId)).toMatchObject({ status: 'failed' });
  });

  it('sends nothing for an invitation that expired before its message arrived', async () => {
    const invited = invitation({ expiresAt: new Date(Date.now() - 1000).toISOString() });
    await harness.feed('organiser.invited', invited);
    expect(harness.mail.messages({ to: invited.email })).toHaveLength(0);
    expect(await row(invited.invitationId)).toMatchObject({ status: 'expired' });
  });
});
