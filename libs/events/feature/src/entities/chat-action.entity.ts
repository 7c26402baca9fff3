import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export type ChatActionKind = 'registration' | 'topic' | 'vote' | 'readiness';

/** One thing a member did from the chat, written in the transaction that did it (the demo counts them). */
@Entity({ tableName: 'chat_action' })
export class ChatAction {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 20 })
  kind!: ChatActionKind;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'uuid' })
  occurrenceId!: string;

  @Property({ type: 'datetime' })
  doneAt!: Date;
}
