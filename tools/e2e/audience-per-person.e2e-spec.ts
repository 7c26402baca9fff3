import type { DemoFormat } from '../demo/src/format-plays';
import { castOf, scenarios } from './per-person/cast';
import { runAudienceScenario, type ScenarioRun } from './per-person/audience-scenario';
import { CHANNEL } from './per-person/expected-messages';
import { describeLine, describeReceived, timeline } from './per-person/message-lines';
import { startTestStack, suiteLog, TestStack } from './test-stack';

/**
 * Each seed format, one occurrence through announcement, registrations, a change of roles, a topic added
 * on the day, a reschedule and a cancellation, across the three services as separate processes. For each
 * person (and the community's channel), the exact list of messages they got — kind, channel, calendar
 * method and SEQUENCE, in the phase that caused it — is the one the audience table gives for the
 * scenario's facts: nothing missing, nothing extra.
 */
describe.each<DemoFormat>(['peer-group', 'open-forum'])('%s: every message to the right people', (format) => {
  const cast = castOf(scenarios[format]);
  let running: TestStack;
  let run: ScenarioRun;
  const { note, lines: log } = suiteLog();

  beforeAll(async () => {
    running = await startTestStack(`audience-${format}`, { log: note });
    note('stack started');
    run = await runAudienceScenario(running.stack, scenarios[format], note);
  }, 300000);

  afterAll(async () => {
    console.log(`${format}\n${log.join('\n')}`);
    await running?.stop();
  }, 60000);

  it.each([...cast.map((p) => p.name), CHANNEL])('%s gets exactly the messages the audience table gives them', (recipient) => {
    const got = timeline(run.received.filter((r) => r.recipient === recipient).map(describeReceived), run.phases);
    const expected = timeline(run.expected.of(recipient).map(describeLine), run.phases);
    expect({ recipient, got }).toEqual({ recipient, got: expected });
  });

  it.each(cast.map((p) => p.name))("%s's own calendar feed shows the occurrence as their invites left it, with their role", (person) => {
    expect({ person, feed: run.feeds.got.get(person) }).toEqual({ person, feed: run.feeds.expected.get(person) });
  });

  it('sends nothing to anyone outside the scenario', () => {
    const known = new Set([...cast.map((p) => p.name), CHANNEL]);
    expect(run.received.filter((r) => !known.has(r.recipient)).map((r) => `${r.recipient}: ${describeReceived(r)}`)).toEqual([]);
  });

  it('gives every calendar object of the occurrence one UID, so each update replaces the same entry', () => {
    const uids = new Set(run.received.flatMap((r) => (r.calendar ? [r.calendar.uid] : [])));
    expect(uids.size).toBe(1);
  });
});
