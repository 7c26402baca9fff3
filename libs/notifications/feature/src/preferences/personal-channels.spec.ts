import type { PayloadOf } from '@cercle/contracts';
import { chatAccounts, personalChannels, type RecipientWithPreferences } from './personal-channels';

type Request = PayloadOf<'notification.requested'>;

const series = '11111111-1111-4111-8111-111111111111';
function request(kind: Request['kind'], audience: Request['audience'], channels: { emails: boolean; directMessages: boolean }): Request {
  return { kind, audience, ...channels, occurrence: { seriesId: series } } as unknown as Request;
}
const community: Request['audience'] = { type: 'community', communityId: series };
const named: Request['audience'] = { type: 'members', memberIds: [series] };
const member = (p: Partial<RecipientWithPreferences> = {}): RecipientWithPreferences => ({
  mattermost_username: 'lou',
  channels: null,
  unsubscribed_all: null,
  unsubscribed_series: null,
  ...p,
});

describe('personalChannels', () => {
  it('keeps the request channels by default (no preference row)', () => {
    expect(personalChannels(request('prepReminder', named, { emails: true, directMessages: true }), member())).toEqual({
      email: true,
      dm: true,
    });
    expect(
      personalChannels(request('prepReminder', named, { emails: true, directMessages: true }), member({ mattermost_username: null })),
    ).toEqual({ email: true, dm: false });
  });

  it('moves messages to the channel the member chose, and back to email without a Mattermost account', () => {
    const announcement = request('announcement', community, { emails: true, directMessages: false });
    expect(personalChannels(announcement, member({ channels: 'mattermost' }))).toEqual({ email: false, dm: true });
    expect(personalChannels(announcement, member({ channels: 'mattermost', mattermost_username: null }))).toEqual({
      email: true,
      dm: false,
    });
    expect(
      personalChannels(request('prepReminder', named, { emails: false, directMessages: true }), member({ channels: 'email' })),
    ).toEqual({ email: true, dm: false });
  });

  it('tells nobody who left the series or everything, except what they asked for or have in their calendar', () => {
    const left = member({ unsubscribed_series: [series] });
    const all = member({ unsubscribed_all: true });
    for (const who of [left, all]) {
      expect(personalChannels(request('announcement', community, { emails: true, directMessages: false }), who)).toEqual({
        email: false,
        dm: false,
      });
      expect(personalChannels(request('registrationConfirmation', named, { emails: true, directMessages: false }), who).email).toBe(true);
      expect(personalChannels(request('cancellation', named, { emails: true, directMessages: false }), who).email).toBe(true);
      // Sent to the whole community, a cancellation is not transactional.
      expect(personalChannels(request('cancellation', community, { emails: true, directMessages: false }), who).email).toBe(false);
    }
    expect(
      personalChannels(
        request('announcement', community, { emails: true, directMessages: false }),
        member({ unsubscribed_series: ['other'] }),
      ).email,
    ).toBe(true);
  });

  it('tells someone who unsubscribed that a role was given to them or taken away, as the audience table says, but not the prep reminders', () => {
    const all = member({ unsubscribed_all: true });
    for (const kind of ['roleAssigned', 'roleRemoved'] as const) {
      expect(personalChannels(request(kind, named, { emails: true, directMessages: true }), all)).toEqual({ email: true, dm: true });
    }
    expect(personalChannels(request('prepReminder', named, { emails: true, directMessages: true }), all)).toEqual({
      email: false,
      dm: false,
    });
  });
});

describe('chatAccounts', () => {
  const both = { mattermost_username: 'lou', matrix_user_id: '@lou:agent.tchap.gouv.fr' };

  it('reaches the person in the chats their community uses, where they have an account', () => {
    expect(chatAccounts(member({ ...both, chat: 'both' }))).toEqual([
      { channel: 'mattermost-dm', address: 'lou' },
      { channel: 'matrix-dm', address: '@lou:agent.tchap.gouv.fr' },
    ]);
    expect(chatAccounts(member({ ...both, chat: 'matrix' }))).toEqual([{ channel: 'matrix-dm', address: '@lou:agent.tchap.gouv.fr' }]);
    expect(chatAccounts(member({ ...both, chat: 'mattermost' }))).toEqual([{ channel: 'mattermost-dm', address: 'lou' }]);
    // No copy of the community yet: Mattermost, as before Matrix existed.
    expect(chatAccounts(member({ ...both, chat: null }))).toEqual([{ channel: 'mattermost-dm', address: 'lou' }]);
  });

  it('moves a chat-only person back to email when their community chat is one they have no account in', () => {
    const onlyMattermost = member({ mattermost_username: 'lou', matrix_user_id: null, chat: 'matrix', channels: 'mattermost' });
    expect(chatAccounts(onlyMattermost)).toEqual([]);
    expect(personalChannels(request('announcement', community, { emails: true, directMessages: false }), onlyMattermost)).toEqual({
      email: true,
      dm: false,
    });
  });
});
