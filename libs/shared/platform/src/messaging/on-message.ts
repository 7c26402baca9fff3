import type { EntityManager } from '@mikro-orm/postgresql';
import type { Envelope, MessageName, PayloadOf } from '@cercle/contracts';

export interface HandlerOptions {
  /**
   * true (default): the handler runs inside a transaction that also records the message id, so its
   * state change and its outbox messages happen exactly once. false: for handlers whose effect leaves
   * the database (sending an email), which keep their own idempotency record (the delivery log).
   */
  transactional?: boolean;
}

export type MessageHandler<N extends MessageName> = (
  payload: PayloadOf<N>,
  em: EntityManager,
  envelope: Envelope<PayloadOf<N>>,
) => Promise<unknown>;

interface HandlerEntry {
  method: string;
  options: Required<HandlerOptions>;
}

const HANDLERS = Symbol('cercle:message-handlers');

/**
 * Marks a consumer method as the handler of one message name (one handler per name per queue). The
 * method must be a `MessageHandler<N>`: a handler whose payload type is another message's does not compile.
 */
export function OnMessage<N extends MessageName>(name: N, options: HandlerOptions = {}) {
  return <H extends MessageHandler<N>>(target: object, method: string, _descriptor: TypedPropertyDescriptor<H>): void => {
    const ctor = target.constructor as unknown as Record<symbol, Map<string, HandlerEntry>>;
    if (!Object.prototype.hasOwnProperty.call(ctor, HANDLERS)) ctor[HANDLERS] = new Map();
    const handlers = ctor[HANDLERS];
    if (handlers.has(name)) throw new Error(`${target.constructor.name} declares two handlers for ${name}`);
    handlers.set(name, { method, options: { transactional: options.transactional ?? true } });
  };
}

export function handlersOf(instance: object): Map<string, HandlerEntry> {
  const ctor = instance.constructor as unknown as Record<symbol, Map<string, HandlerEntry> | undefined>;
  return ctor[HANDLERS] ?? new Map();
}
