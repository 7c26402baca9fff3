import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { PayloadOf } from '@cercle/contracts';

/** One `notification.requested`, kept whole: deliveries render from it, however late they run. */
@Entity({ tableName: 'notification' })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 40 })
  kind!: PayloadOf<'notification.requested'>['kind'];

  @Property({ type: 'json' })
  payload!: PayloadOf<'notification.requested'>;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
