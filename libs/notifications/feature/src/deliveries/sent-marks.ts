import type { EntityManager } from '@mikro-orm/postgresql';

interface Mark {
  id: string;
  answer: string;
  at: Date;
  done: () => void;
  failed: (error: unknown) => void;
}

// Provider answers are kept for organisers to read; a proxy's error page can be long.
const MAX_TEXT = 2000;

/**
 * Marks sent emails in the delivery log by group commit: a mark waits while one statement is in flight,
 * then every mark that arrived meanwhile goes in the next, so a fan-out writes one statement per handful
 * of emails rather than one per email. Each caller's promise settles once its own row is written, so a
 * job completes only after its rows are marked: what a crash can resend is what was accepted by SMTP
 * and not yet written, a few emails, as with one statement per email. Only `pending` rows change.
 */
export class SentMarks {
  private waiting: Mark[] = [];
  private flushing = false;

  mark(em: EntityManager, id: string, answer: string, at: Date): Promise<void> {
    return new Promise((done, failed) => {
      this.waiting.push({ id, answer: answer.length > MAX_TEXT ? `${answer.slice(0, MAX_TEXT)}…` : answer, at, done, failed });
      if (!this.flushing) void this.flush(em);
    });
  }

  private async flush(em: EntityManager): Promise<void> {
    this.flushing = true;
    while (this.waiting.length) {
      const marks = this.waiting;
      this.waiting = [];
      try {
        await write(em, marks);
        for (const m of marks) m.done();
      } catch (error) {
        for (const m of marks) m.failed(error);
      }
    }
    this.flushing = false;
  }
}

async function write(em: EntityManager, marks: Mark[]): Promise<void> {
  const schema = em.config.get('schema') as string;
  // Array parameters: one statement text whatever the number of rows, so PostgreSQL and the driver see
  // the same query each time.
  await em.getConnection().execute(
    `update "${schema}"."delivery" d
        set "status" = 'sent', "attempts" = d."attempts" + 1, "provider_answer" = m."answer", "sent_at" = m."at", "last_error" = null
       from unnest(?::uuid[], ?::text[], ?::timestamptz[]) as m("id", "answer", "at")
      where d."id" = m."id" and d."status" = 'pending'`,
    [pgArray(marks.map((m) => m.id)), pgArray(marks.map((m) => m.answer)), pgArray(marks.map((m) => m.at.toISOString()))],
    'run',
  );
}

/** A PostgreSQL array literal of text values, each quoted and escaped. */
function pgArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
