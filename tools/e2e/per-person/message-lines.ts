import type { MessageLine } from './expected-messages';
import type { Received } from './received-messages';

/** One message as one line, for a per-person diff that reads like a timeline. */
export function describeLine(
  line: Pick<MessageLine, 'phase' | 'kind' | 'channel'> & { calendar: string | null; sequence: number | null },
): string {
  const calendar = line.calendar ? ` · ${line.calendar} SEQUENCE ${line.sequence}` : '';
  return `${line.phase} · ${line.kind} · ${line.channel}${calendar}`;
}

export function describeReceived(r: Received & { phase: string }): string {
  return describeLine({
    phase: r.phase,
    kind: r.kind,
    channel: r.channel,
    calendar: r.calendar?.method ?? null,
    sequence: r.calendar?.sequence ?? null,
  });
}

/** Lines in phase order (as the scenario ran them), then by text: arrival order within a phase is not meaningful. */
export function timeline(lines: string[], phases: string[]): string[] {
  const rank = (line: string) => {
    const index = phases.indexOf(line.split(' · ')[0]);
    return index < 0 ? phases.length : index;
  };
  return [...lines].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
