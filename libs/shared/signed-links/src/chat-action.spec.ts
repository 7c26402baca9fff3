import { signChatAction, verifyChatAction } from './chat-action';

const secret = 'a-test-secret-that-is-long-enough-1234';
const now = new Date('2027-01-10T10:00:00Z');
const exp = Math.floor(now.getTime() / 1000) + 3600;

describe('chat action contexts', () => {
  it('gives back the action a context Cercle signed describes', () => {
    const context = signChatAction(secret, { action: 'register', occurrenceId: 'occ-1', answer: 'yes' }, exp);
    expect(verifyChatAction(secret, JSON.parse(JSON.stringify(context)), now)).toEqual({
      action: 'register',
      occurrenceId: 'occ-1',
      answer: 'yes',
      memberId: null,
    });
  });

  it('gives back the member a one-person context was signed for, and refuses it with the member changed or dropped', () => {
    const vote = signChatAction(secret, { action: 'vote', occurrenceId: 'occ-1', topicId: 'topic-1' }, exp, 'member-a');
    expect(verifyChatAction(secret, JSON.parse(JSON.stringify(vote)), now)).toEqual({
      action: 'vote',
      occurrenceId: 'occ-1',
      topicId: 'topic-1',
      memberId: 'member-a',
    });
    expect(verifyChatAction(secret, { ...vote, memberId: 'member-b' }, now)).toBeNull();
    const { memberId: _dropped, ...anonymous } = vote;
    expect(verifyChatAction(secret, anonymous, now)).toBeNull();
  });

  it('refuses a context whose answer, occurrence or topic was changed after signing', () => {
    const register = signChatAction(secret, { action: 'register', occurrenceId: 'occ-1', answer: 'no' }, exp);
    const vote = signChatAction(secret, { action: 'vote', occurrenceId: 'occ-1', topicId: 'topic-1' }, exp);
    expect(verifyChatAction(secret, { ...register, answer: 'yes' }, now)).toBeNull();
    expect(verifyChatAction(secret, { ...register, occurrenceId: 'occ-2' }, now)).toBeNull();
    expect(verifyChatAction(secret, { ...vote, topicId: 'topic-2' }, now)).toBeNull();
    expect(verifyChatAction(secret, { ...vote, exp: exp + 1000 }, now)).toBeNull();
  });

  it('refuses a context signed with another secret, an expired one and one with no signature', () => {
    const other = signChatAction('another-secret-that-is-long-enough-xyz', { action: 'register', occurrenceId: 'o', answer: 'yes' }, exp);
    const expired = signChatAction(secret, { action: 'register', occurrenceId: 'o', answer: 'yes' }, exp - 7200);
    expect(verifyChatAction(secret, other, now)).toBeNull();
    expect(verifyChatAction(secret, expired, now)).toBeNull();
    expect(verifyChatAction(secret, { action: 'register', occurrenceId: 'o', answer: 'yes' }, now)).toBeNull();
    expect(verifyChatAction(secret, 'not an object', now)).toBeNull();
  });
});
