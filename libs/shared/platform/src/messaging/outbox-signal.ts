import { EventEmitter } from 'node:events';
import type { EventSubscriber, TransactionEventArgs, FlushEventArgs } from '@mikro-orm/core';

/**
 * Wakes the relay as soon as a transaction that may hold outbox rows commits, so that messages leave
 * within milliseconds; the relay's poll is only the safety net (crash between commit and dispatch).
 */
export const outboxSignal = new EventEmitter();
outboxSignal.setMaxListeners(100);

export class OutboxCommitSubscriber implements EventSubscriber {
  afterTransactionCommit(_args: TransactionEventArgs): void {
    outboxSignal.emit('committed');
  }
  afterFlush(_args: FlushEventArgs): void {
    outboxSignal.emit('committed');
  }
}
