import type { CalendarMethod } from './audience-rules';

interface Kept {
  holding: boolean;
  /** The SEQUENCE of the last calendar object the person got. */
  sequence: number;
  /** The occurrence's revision that object showed. */
  revision: number;
}

/**
 * What each person's calendar holds of the occurrence, as the messages they should have got put it
 * there. A calendar client applies an object only when its SEQUENCE is at least the one it has (RFC 5546
 * §2.1.5), so each change for a person goes above the last SEQUENCE they got, never below the
 * occurrence's revision; the same version sent again keeps its SEQUENCE; nobody is sent a CANCEL for an
 * entry they do not hold.
 */
export class CalendarModel {
  private revision = 0;
  private readonly kept = new Map<string, Kept>();

  /** The occurrence moved or was cancelled. */
  changeOccurrence(): void {
    this.revision += 1;
  }

  holders(): string[] {
    return [...this.kept].filter(([, k]) => k.holding).map(([person]) => person);
  }

  /** What the person's calendar holds of the occurrence (null: it was never put there). */
  entry(person: string): { holding: boolean; sequence: number } | null {
    const kept = this.kept.get(person);
    return kept ? { holding: kept.holding, sequence: kept.sequence } : null;
  }

  /** The SEQUENCE of the object a message to `person` carries (null: none), remembered as sent. */
  send(person: string, method: CalendarMethod): number | null {
    const kept = this.kept.get(person);
    if (method === 'CANCEL') {
      if (!kept?.holding) return null;
      return this.keep(person, false, Math.max(this.revision, kept.sequence + 1));
    }
    if (!kept) return this.keep(person, true, this.revision);
    if (kept.holding && kept.revision === this.revision) return kept.sequence;
    return this.keep(person, true, Math.max(this.revision, kept.sequence + 1));
  }

  private keep(person: string, holding: boolean, sequence: number): number {
    this.kept.set(person, { holding, sequence, revision: this.revision });
    return sequence;
  }
}
