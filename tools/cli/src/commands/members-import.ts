import { existsSync, readFileSync } from 'node:fs';
import type { Context } from '../context';
import { CliError, ExitCode } from '../exit-codes';
import { MemberInput, readMemberLines, Rejection } from '@cercle/member-csv';
import { Progress } from '../progress';

export interface ImportOptions {
  community: string;
  dryRun?: boolean;
}

interface Line {
  line: number;
  member: MemberInput;
}

// The API adds a batch all or none; a few hundred per request keeps the progress moving on big files.
const BATCH = 200;

/**
 * Imports the valid lines of a members CSV and reports every other line with its number and reason.
 * Members already in the community (same email) are skipped, so the same file can be run again once its
 * bad lines are fixed; if the API stops the import, the lines not sent are listed, never silently lost.
 */
export async function importMembers(ctx: Context, file: string, options: ImportOptions): Promise<number> {
  const { text, out } = ctx;
  if (!existsSync(file)) throw new CliError(text.errors.fileNotFound(file), ExitCode.usage, 'file-not-found');
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(text.errors.fileUnreadable(file, (error as Error).message), ExitCode.usage, 'file-unreadable');
  }
  const read = readMemberLines(content);
  if (!read.ok && read.empty) throw new CliError(text.errors.csvEmpty(file), ExitCode.usage, 'csv-empty');
  if (!read.ok) throw new CliError(text.errors.csvHeader(file, read.problems), ExitCode.usage, 'csv-header', { problems: read.problems });

  const api = ctx.api();
  const communityId = options.community;
  await api.get(`/communities/${communityId}`);
  const rejected: Rejection[] = [...read.rejected];
  const skipped: Array<{ line: number; email: string }> = [];
  let pending = await withoutMembers(read.members, skipped);
  const imported: Array<{ line: number; memberId: string; email: string }> = [];
  let stopped: CliError | null = null;

  async function withoutMembers(lines: Line[], into: typeof skipped): Promise<Line[]> {
    const existing = new Set((await api.get<Array<{ email: string }>>(`/communities/${communityId}/members`)).map((m) => m.email));
    for (const l of lines) if (existing.has(l.member.email)) into.push({ line: l.line, email: l.member.email });
    return lines.filter((l) => !existing.has(l.member.email));
  }

  if (!options.dryRun && pending.length) {
    const progress = new Progress(pending.length, text.members.progress);
    try {
      while (pending.length) {
        let batch = pending.slice(0, BATCH);
        try {
          await send(batch);
        } catch (error) {
          // Someone added one of these members meanwhile: skip them and send the rest of the batch once more.
          if (!(error instanceof CliError) || error.code !== 'member-exists') throw error;
          batch = await withoutMembers(batch, skipped);
          if (batch.length) await send(batch);
        }
        pending = pending.slice(BATCH);
        progress.update(imported.length);
      }
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      stopped = error;
    } finally {
      progress.stop();
    }
  }

  async function send(batch: Line[]): Promise<void> {
    const answer = await api.post<{ members: Array<{ id: string; email: string }> }>(`/communities/${communityId}/members`, {
      members: batch.map((l) => l.member),
    });
    const idOf = new Map(answer.members.map((m) => [m.email, m.id]));
    for (const l of batch) imported.push({ line: l.line, memberId: idOf.get(l.member.email)!, email: l.member.email });
  }

  const wouldImport = options.dryRun ? pending.length : imported.length;
  const notSent = stopped ? pending.map((l) => l.line) : [];
  rejected.sort((a, b) => a.line - b.line);
  out.result(
    {
      communityId,
      file,
      dryRun: Boolean(options.dryRun),
      counts: { imported: wouldImport, skipped: skipped.length, rejected: rejected.length, notSent: notSent.length },
      imported,
      skipped,
      rejected: rejected.map((r) => ({ ...r, reason: text.members.reason(r) })),
      notSent,
      error: stopped ? { code: stopped.code, message: stopped.message } : null,
    },
    () => [
      text.members.summary(wouldImport, skipped.length, rejected.length, Boolean(options.dryRun)),
      ...(rejected.length ? [text.members.rejectedHeader, ...rejected.map((r) => text.members.line(r.line, text.members.reason(r)))] : []),
      ...(skipped.length ? [text.members.skippedHeader, ...skipped.map((s) => text.members.line(s.line, s.email))] : []),
    ],
  );
  if (stopped) {
    if (!out.json) out.note(`${stopped.message}\n${text.errors.stoppedImport(notSent.length)}`);
    return stopped.exitCode;
  }
  return rejected.length ? ExitCode.partial : ExitCode.ok;
}
