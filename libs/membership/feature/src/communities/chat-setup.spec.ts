import { checkChatSetup } from './chat-setup';

describe('checkChatSetup', () => {
  const room = '!abc:example.org';
  it('refuses a Matrix or two-chat community without its room, and two chats without the Mattermost channel', () => {
    expect(() => checkChatSetup({ chat: 'matrix', mattermostChannelId: null, matrixRoomId: null })).toThrow(/matrixRoomId/);
    expect(() => checkChatSetup({ chat: 'both', mattermostChannelId: 'c1', matrixRoomId: null })).toThrow(/matrixRoomId/);
    expect(() => checkChatSetup({ chat: 'both', mattermostChannelId: null, matrixRoomId: room })).toThrow(/mattermostChannelId/);
  });
  it('accepts Mattermost without a channel yet (email only), and each chat with what it needs', () => {
    expect(() => checkChatSetup({ chat: 'mattermost', mattermostChannelId: null, matrixRoomId: null })).not.toThrow();
    expect(() => checkChatSetup({ chat: 'matrix', mattermostChannelId: null, matrixRoomId: room })).not.toThrow();
    expect(() => checkChatSetup({ chat: 'both', mattermostChannelId: 'c1', matrixRoomId: room })).not.toThrow();
  });
});
