import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { handlersOf, OnMessage } from './on-message';

// The compile-time half of this spec runs in `npm run typecheck` (part of `npm test`): a handler whose
// payload is another message's must not compile, or the expectation below becomes an unused directive.
class Inbox {
  @OnMessage('member.changed')
  async onMember(payload: PayloadOf<'member.changed'>, _em: EntityManager) {
    return payload.memberId;
  }
}

class WrongInbox {
  // @ts-expect-error — the payload of community.changed is not that of member.changed
  @OnMessage('member.changed', { transactional: false })
  async wrong(payload: PayloadOf<'community.changed'>) {
    return payload.communityId;
  }
}

describe('OnMessage', () => {
  it('records each handler under its message name with its transaction option', () => {
    const handlers = handlersOf(new Inbox());
    expect([...handlers.keys()]).toEqual(['member.changed']);
    expect(handlers.get('member.changed')).toEqual({ method: 'onMember', options: { transactional: true } });
    expect(handlersOf(new WrongInbox()).get('member.changed')).toEqual({ method: 'wrong', options: { transactional: false } });
  });
});
