import type { CercleApi } from '../../demo/src/api-client';
import type { ExpectedMessages, Fact } from './expected-messages';
import type { ReceivedMessages } from './received-messages';

// A registration travels membership → events → notifications → SMTP in about 2.5 s on a busy machine:
// quiet for 2 s with nothing pending means the phase has said all it will say.
const QUIET_MS = 2000;
// How long a phase waits for what the model expects from it; a missing message costs this much once.
const DEADLINE_MS = 10000;

/**
 * Runs the scenario one phase at a time: does what the phase does, records its facts in the model, then
 * waits until what arrived has caught up with what the model expects and the delivery log has nothing
 * pending for a moment, and labels everything that arrived meanwhile with the phase. A message that is
 * late, missing or extra thus shows up in the phase that caused it.
 */
export class PhaseRecorder {
  private readonly phaseOf = new Map<string, string>();
  /** The phases in the order they ran. */
  readonly order: string[] = [];

  constructor(
    private readonly api: CercleApi,
    private readonly occurrenceId: string,
    private readonly expected: ExpectedMessages,
    private readonly received: ReceivedMessages,
    private readonly log: (line: string) => void,
  ) {}

  async run(phase: string, facts: Fact[], action: () => Promise<unknown>): Promise<void> {
    const started = Date.now();
    this.order.push(phase);
    const before = { expected: this.expected.total(), arrived: this.phaseOf.size };
    await action();
    for (const fact of facts) this.expected.apply(phase, fact);
    await this.settle(before.arrived + (this.expected.total() - before.expected));
    let fresh = 0;
    for (const id of this.received.ids()) {
      if (!this.phaseOf.has(id)) {
        this.phaseOf.set(id, phase);
        fresh++;
      }
    }
    this.log(`${phase}: ${fresh} message(s) arrived, ${this.expected.total()} expected so far (${Date.now() - started} ms)`);
  }

  /** The phase in which a message (by id) arrived; messages seen after the last phase belong to none. */
  phase(id: string): string {
    return this.phaseOf.get(id) ?? 'after the last phase';
  }

  /** Waits for `awaited` messages in all (what came before and what this phase should add), then for quiet. */
  private async settle(awaited: number): Promise<void> {
    const deadline = Date.now() + DEADLINE_MS;
    while (this.received.ids().length < awaited && Date.now() < deadline) await sleep(100);
    // Then quiet: nothing new arrives and nothing is pending in the delivery log for a moment.
    let count = this.received.ids().length;
    let quietSince = Date.now();
    const giveUp = Date.now() + DEADLINE_MS;
    while (Date.now() - quietSince < QUIET_MS && Date.now() < giveUp) {
      await sleep(200);
      const now = this.received.ids().length;
      if (now !== count || (await this.pending()) > 0) {
        count = now;
        quietSince = Date.now();
      }
    }
  }

  private async pending(): Promise<number> {
    return (await this.api.get(`/deliveries?occurrenceId=${this.occurrenceId}&status=pending&limit=1`)).total;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
