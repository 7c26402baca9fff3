import { envelopeSchema, Envelope } from './envelope';
import { isMessageName, messageCatalog, MessageItem, MessageName, PayloadOf } from './message-catalog';

/** Why a message was refused: the consumer fails the job with this text and does not retry it. */
export class MalformedMessageError extends Error {
  constructor(reason: string) {
    super(`Malformed message: ${reason}`);
    this.name = 'MalformedMessageError';
  }
}

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Validates a job's data against the envelope and the named message's schema, or throws MalformedMessageError. */
export function parseMessage(data: unknown): Envelope<unknown> & MessageItem {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) throw new MalformedMessageError(`envelope ${describeIssues(envelope.error.issues)}`);
  const { name, version } = envelope.data;
  if (!isMessageName(name)) throw new MalformedMessageError(`unknown message name "${name}"`);
  const definition = messageCatalog[name];
  // An older version still queued at an upgrade is read through the schema's defaults; a newer one is
  // from a producer this consumer does not know yet.
  if (version > definition.version) {
    throw new MalformedMessageError(`${name} version ${version} is not supported (at most ${definition.version})`);
  }
  const payload = definition.schema.safeParse(envelope.data.payload);
  if (!payload.success) throw new MalformedMessageError(`${name} payload ${describeIssues(payload.error.issues)}`);
  return { ...envelope.data, name, payload: payload.data } as Envelope<unknown> & MessageItem;
}

/** Validates a payload before it is written to an outbox, so that a producer bug fails at the source. */
export function validatePayload<N extends MessageName>(name: N, payload: PayloadOf<N>): PayloadOf<N> {
  const parsed = messageCatalog[name].schema.safeParse(payload);
  if (!parsed.success) throw new MalformedMessageError(`${name} payload ${describeIssues(parsed.error.issues)}`);
  return parsed.data as PayloadOf<N>;
}
