import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'processed_message' })
export class ProcessedMessage {
  @PrimaryKey({ type: 'uuid' })
  messageId!: string;

  @PrimaryKey({ type: 'string', length: 100 })
  queue!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'datetime' })
  processedAt!: Date;
}
