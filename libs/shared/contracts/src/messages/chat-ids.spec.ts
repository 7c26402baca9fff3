import { matrixRoomId, matrixUserId } from './chat-ids';

describe('Matrix ids', () => {
  it.each(['@alice:example.org', '@prenom.nom-agent.gouv.fr:agent.tchap.gouv.fr', '@bot_1=x/y+z:localhost:8008'])(
    'accepts the user id %s',
    (id) => {
      expect(matrixUserId.safeParse(id).success).toBe(true);
    },
  );

  it.each(['alice', 'alice:example.org', '@Alice:example.org', '@alice', '@al ice:example.org', `@${'a'.repeat(250)}:example.org`])(
    'refuses %s as a user id',
    (id) => {
      expect(matrixUserId.safeParse(id).success).toBe(false);
    },
  );

  it.each(['!abcDEF123:example.org', '!opaque_v12-room-id', '!x:localhost:8448'])('accepts the room id %s', (id) => {
    expect(matrixRoomId.safeParse(id).success).toBe(true);
  });

  it.each(['#alliance:example.org', 'abc:example.org', '!', '!a b:example.org'])('refuses %s as a room id (aliases included)', (id) => {
    expect(matrixRoomId.safeParse(id).success).toBe(false);
  });
});
